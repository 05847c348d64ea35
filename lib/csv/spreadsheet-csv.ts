import { stringify } from "csv-stringify/sync";

/**
 * Rows as CSV for a spreadsheet, with a header row. A cell that starts =, +, -, @, a tab or a
 * carriage return would run as a formula when opened (CSV injection), so it is prefixed with '.
 */
export function spreadsheetCsv(rows: Record<string, string | number>[]): string {
  return stringify(rows, { header: true, cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) } });
}
