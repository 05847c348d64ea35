import type { Db } from "@/lib/db";
import type { SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import { HMRC_COLUMNS, HMRC_ROWS_PER_SCHEDULE, toHmrcRows, type HmrcRow } from "./hmrc-schedule";

/** One of a claim's schedules: rows firstRow to lastRow (1-based) of the whole claim. */
export type ScheduleRange = { number: number; of: number; firstRow: number; lastRow: number };

/**
 * The schedules a claim of `rows` donations comes as, each at most `perSchedule` rows:
 * 2,345 → 1–1,000, 1,001–2,000, 2,001–2,345. No rows, no schedules.
 */
export function scheduleRanges(rows: number, perSchedule: number = HMRC_ROWS_PER_SCHEDULE): ScheduleRange[] {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`A claim has a whole number of rows, got ${rows}`);
  const of = Math.ceil(rows / perSchedule);
  return Array.from({ length: of }, (_, i) => ({ number: i + 1, of, firstRow: i * perSchedule + 1, lastRow: Math.min(rows, (i + 1) * perSchedule) }));
}

/** The donations a claim's schedules are made from: every one in the claim has a declaration. */
const inClaim = (claimId: string) => ({ giftAidClaimId: claimId, giftAidDeclarationId: { not: null } });

/** How many schedule rows a claim has, and so its schedules; empty for no such claim. */
export async function claimScheduleRanges(db: Db, claimId: string): Promise<ScheduleRange[]> {
  return scheduleRanges(await db.donation.count({ where: inClaim(claimId) }));
}

export type ClaimScheduleFile = { range: ScheduleRange; data: SpreadsheetExport<keyof HmrcRow> };

/**
 * Schedule `number` of a claim, for the CSV writer: HMRC's columns and that schedule's rows. The
 * claim's donations are cut into schedules in the order they were paid (then by id, so every
 * donation falls in exactly one schedule, whichever is downloaded first); within a schedule,
 * rows are sorted by donation date and name (toHmrcRows). At most one schedule's rows are read.
 * Null when the claim or the schedule does not exist.
 */
export async function claimScheduleFile(db: Db, claimId: string, number: number): Promise<ClaimScheduleFile | null> {
  const range = (await claimScheduleRanges(db, claimId)).find((r) => r.number === number);
  if (!range) return null;
  const donations = await db.donation.findMany({
    where: inClaim(claimId),
    orderBy: [{ paidAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: range.firstRow - 1,
    take: range.lastRow - range.firstRow + 1,
    select: {
      amountPence: true,
      paidAt: true,
      createdAt: true,
      giftAidDeclaration: { select: { title: true, firstName: true, lastName: true, houseNameOrNumber: true, postcode: true } },
    },
  });
  const rows = toHmrcRows(
    donations.map((d) => {
      if (!d.giftAidDeclaration) throw new Error("A claimed donation lost its Gift Aid declaration");
      return { ...d.giftAidDeclaration, paidAt: d.paidAt ?? d.createdAt, amountPence: d.amountPence };
    }),
  );
  return { range, data: { columns: HMRC_COLUMNS, rows, count: rows.length } };
}
