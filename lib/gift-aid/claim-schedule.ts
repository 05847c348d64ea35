import type { Db } from "@/lib/db";
import type { SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import { HMRC_COLUMNS, toHmrcRows, type HmrcRow } from "./hmrc-schedule";

/**
 * One claim batch as HMRC's Gift Aid schedule, for the CSV writer: HMRC's columns, one row per
 * donation in the order HMRC's validation wants (so the whole batch is read, then sorted). Null
 * when there is no such claim.
 */
export async function claimSchedule(db: Db, claimId: string): Promise<SpreadsheetExport<keyof HmrcRow> | null> {
  const donations = await db.donation.findMany({
    where: { giftAidClaimId: claimId },
    select: { amountPence: true, paidAt: true, createdAt: true, giftAidDeclaration: { select: { title: true, firstName: true, lastName: true, houseNameOrNumber: true, postcode: true } } },
  });
  if (donations.length === 0) return null;
  const rows = toHmrcRows(donations.flatMap((d) => (d.giftAidDeclaration ? [{ ...d.giftAidDeclaration, paidAt: d.paidAt ?? d.createdAt, amountPence: d.amountPence }] : [])));
  return { columns: HMRC_COLUMNS, rows, count: rows.length };
}
