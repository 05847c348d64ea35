import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { claimScheduleFile, type ClaimScheduleFile } from "./claim-schedule";

/**
 * Schedule `number` of a Gift Aid claim as HMRC's CSV (lib/gift-aid/claim-schedule.ts: at most
 * 1,000 rows, HMRC's own limit for one schedule), audit-logged with the rows it holds. Null, and
 * nothing logged, when the claim or the schedule does not exist.
 */
export async function exportGiftAidScheduleCsv(db: Db, actorId: string, claimId: string, number: number): Promise<ClaimScheduleFile | null> {
  const file = await claimScheduleFile(db, claimId, number);
  if (!file) return null;
  const { range } = file;
  await recordAudit(db, {
    actorId,
    action: "gift-aid.download",
    subject: claimId,
    details: { schedule: range.number, of: range.of, rows: `${range.firstRow}-${range.lastRow}` },
  });
  return file;
}
