/*
 * The only writer of CSV on the site: every export (donations, the HMRC Gift Aid schedule,
 * subscribers, volunteers, and any later one) is a list of columns and a stream of rows handed
 * to `spreadsheetCsv`, and every cell goes through `spreadsheetCell` on its way out.
 *
 * A spreadsheet runs a cell as a formula when its text starts with =, +, - or @ (and some read a
 * leading tab or carriage return the same way, or trim leading spaces first), so text like
 * `=HYPERLINK("https://evil.example","Click")` typed into a form by a stranger would run on a
 * member of staff's computer when they open the file (CSV injection). Such a cell is written
 * with a ' in front, which spreadsheets show as text and do not run.
 *
 * Text is always guarded, whoever wrote it. Numbers the site itself works out (amounts, counts)
 * are `CsvNumber`s: written as they are, so a negative amount stays a number, "-12.50".
 */

/** A number made by the site's own code, written unguarded. Only its factories can make one. */
export class CsvNumber {
  private constructor(readonly text: string) {}

  /** A finite number as JavaScript writes it: 3, -1.5. */
  static of(value: number): CsvNumber {
    if (!Number.isFinite(value)) throw new RangeError(`A CSV number must be finite, got ${value}`);
    return new CsvNumber(String(value));
  }

  /** Whole pence as pounds with two decimals, from integers alone: 2500 → "25.00", -1250 → "-12.50". */
  static pounds(pence: number): CsvNumber {
    if (!Number.isSafeInteger(pence)) throw new RangeError(`Amounts are whole pence, got ${pence}`);
    const whole = Math.abs(pence);
    return new CsvNumber(`${pence < 0 ? "-" : ""}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, "0")}`);
  }
}

export type CsvCell = string | CsvNumber | null | undefined;
export type CsvColumn<K extends string> = { readonly key: K; readonly header: string };
export type CsvRow<K extends string> = Readonly<Record<K, CsvCell>>;

/** An export ready to write: its columns, its rows (read as they are written) and how many. */
export type SpreadsheetExport<K extends string> = {
  columns: readonly CsvColumn<K>[];
  rows: Iterable<CsvRow<K>> | AsyncIterable<CsvRow<K>>;
  /** Counted before writing, for the audit log and the person downloading. */
  count: number;
};

/** Columns whose header is their key. */
export function csvColumns<K extends string>(...keys: K[]): CsvColumn<K>[] {
  return keys.map((key) => ({ key, header: key }));
}

// =, +, - and @ (and their full-width forms, which some spreadsheets also read), after any
// leading white space; or a tab or carriage return first.
const RUNS_AS_FORMULA = /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as written to the file: guarded if it would run as a formula, then quoted if needed. */
export function spreadsheetCell(value: CsvCell): string {
  const text = value instanceof CsvNumber ? value.text : value == null ? "" : RUNS_AS_FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function line(cells: CsvCell[]): string {
  return `${cells.map(spreadsheetCell).join(",")}\n`;
}

/** Rows written per read of the stream: enough to keep it moving, little enough to hold. */
const LINES_PER_CHUNK = 200;

/**
 * The export as a stream of UTF-8 CSV: the header line, then one line per row, read from `rows`
 * only as fast as the reader takes them. A failure while reading rows errors the stream (the
 * download fails visibly rather than ending early as if complete).
 */
export function spreadsheetCsv<K extends string>(
  columns: readonly CsvColumn<K>[],
  rows: Iterable<CsvRow<K>> | AsyncIterable<CsvRow<K>>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: Iterator<CsvRow<K>> | AsyncIterator<CsvRow<K>> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(line(columns.map((c) => c.header))));
    },
    async pull(controller) {
      iterator ??= Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
      let chunk = "";
      for (let i = 0; i < LINES_PER_CHUNK; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += line(columns.map((c) => next.value[c.key]));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}

/** The whole export as text: for small exports and tests (the same writer as the stream). */
export function spreadsheetCsvText<K extends string>(data: Pick<SpreadsheetExport<K>, "columns" | "rows">): Promise<string> {
  return new Response(spreadsheetCsv(data.columns, data.rows)).text();
}

/** A CSV download that no cache keeps, streamed as it is written. */
export function csvDownload<K extends string>(filename: string, data: SpreadsheetExport<K>): Response {
  return new Response(spreadsheetCsv(data.columns, data.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
