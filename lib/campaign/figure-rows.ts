/**
 * The situation figures as the editor's form carries them: one group of flat fields per row
 * (`figure-0-place`, `figure-0-count`…), so the form works as plain HTML. The page and the action
 * read and write rows through these functions, so both agree on the encoding.
 */
export const MAX_FIGURES = 6;

const parts = ["key", "place", "count", "qualifier", "note", "position", "remove"] as const;
type Part = (typeof parts)[number];

/**
 * One row as typed: strings, not yet validated. `key` keeps a row's identity on the page;
 * `position` is where it should go (1 = first); `remove` is "on" when ticked for removal.
 */
export type FigureRow = Record<Part, string>;

export const figureField = (index: number, part: Part) => `figure-${index}-${part}`;

export function isBlankRow(row: Pick<FigureRow, "place" | "count" | "note">): boolean {
  return !row.place.trim() && !row.count.trim() && !row.note.trim();
}

/** The rows present in a form's values, in the order they were shown. */
export function readFigureRows(values: Record<string, string | undefined>): FigureRow[] {
  const rows: FigureRow[] = [];
  for (let i = 0; i < MAX_FIGURES; i++) {
    if (values[figureField(i, "key")] === undefined) continue;
    rows.push(Object.fromEntries(parts.map((p) => [p, values[figureField(i, p)] ?? ""])) as FigureRow);
  }
  return rows;
}

/** Rows back into form values, numbered in the order given. */
export function figureRowValues(rows: Omit<FigureRow, "position" | "remove">[]): Record<string, string> {
  const values: Record<string, string> = {};
  rows.slice(0, MAX_FIGURES).forEach((row, i) => {
    for (const p of parts) values[figureField(i, p)] = p === "position" ? String(i + 1) : p === "remove" ? "" : row[p];
  });
  return values;
}

/** What the form shows: the rows, plus one empty row (keyed `new-…`) to add a figure while there is room. */
export function rowsWithBlank(rows: FigureRow[]): FigureRow[] {
  if (rows.length >= MAX_FIGURES || rows.some(isBlankRow)) return rows;
  const taken = rows
    .map((r) => /^new-(\d+)$/.exec(r.key)?.[1])
    .filter((n) => n !== undefined)
    .map(Number);
  const key = `new-${taken.length ? Math.max(...taken) + 1 : 0}`;
  return [...rows, { key, place: "", count: "", qualifier: "AROUND", note: "", position: String(rows.length + 1), remove: "" }];
}

/**
 * The rows to keep, in their new order, each with the index it was shown at (errors are shown
 * there): ticked rows and empty rows are dropped, and rows are sorted by the position chosen.
 * A row given a new number moves to that place: moved down, it goes after the row already there;
 * moved up, before it. Otherwise rows keep the order they were shown in.
 */
export function orderedRows(rows: FigureRow[]): { row: FigureRow; shownAt: number }[] {
  return rows
    .map((row, shownAt) => {
      const chosen = /^\d{1,2}$/.test(row.position) ? Number(row.position) : shownAt + 1;
      return { row, shownAt, position: chosen + Math.sign(chosen - (shownAt + 1)) / 2 };
    })
    .filter(({ row }) => row.remove !== "on" && !isBlankRow(row))
    .sort((a, b) => a.position - b.position || a.shownAt - b.shownAt)
    .map(({ row, shownAt }) => ({ row, shownAt }));
}
