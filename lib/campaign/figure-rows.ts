/**
 * The situation figures as the editor's form carries them: one group of flat fields per row
 * (`figure-0-place`, `figure-0-count`…), so the form works as plain HTML. The action and the form
 * read and write rows through these functions, so both agree on the encoding.
 */
export const MAX_FIGURES = 6;

const parts = ["key", "place", "count", "qualifier", "note"] as const;
type Part = (typeof parts)[number];

/** One row as typed: strings, not yet validated. `key` keeps a row's identity when rows move. */
export type FigureRow = Record<Part, string>;

export const figureField = (index: number, part: Part) => `figure-${index}-${part}`;

export function isBlankRow(row: FigureRow): boolean {
  return !row.place.trim() && !row.count.trim() && !row.note.trim();
}

/** The rows present in a form's values, in order. */
export function readFigureRows(values: Record<string, string | undefined>): FigureRow[] {
  const rows: FigureRow[] = [];
  for (let i = 0; i < MAX_FIGURES; i++) {
    if (values[figureField(i, "key")] === undefined) continue;
    rows.push(Object.fromEntries(parts.map((p) => [p, values[figureField(i, p)] ?? ""])) as FigureRow);
  }
  return rows;
}

export function figureRowValues(rows: FigureRow[]): Record<string, string> {
  const values: Record<string, string> = {};
  rows.slice(0, MAX_FIGURES).forEach((row, i) => {
    for (const p of parts) values[figureField(i, p)] = row[p];
  });
  return values;
}

/** An empty row to add a figure in, with a key no other row has. */
export function blankRow(rows: FigureRow[]): FigureRow {
  const used = rows.map((r) => /^new-(\d+)$/.exec(r.key)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return { key: `new-${used.length ? Math.max(...used) + 1 : 0}`, place: "", count: "", qualifier: "AROUND", note: "" };
}

/** What the form shows: the rows, plus one empty row to add a figure while there is room. */
export function rowsWithBlank(rows: FigureRow[]): FigureRow[] {
  return rows.length < MAX_FIGURES && !rows.some(isBlankRow) ? [...rows, blankRow(rows)] : rows;
}

export function moveRow(rows: FigureRow[], index: number, by: -1 | 1): FigureRow[] {
  const to = index + by;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  [next[index], next[to]] = [next[to] as FigureRow, next[index] as FigureRow];
  return next;
}

export function removeRow(rows: FigureRow[], index: number): FigureRow[] {
  return rows.filter((_, i) => i !== index);
}
