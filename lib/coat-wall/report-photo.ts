import type { Db } from "@/lib/db";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";
import { REPORTS_TO_HIDE } from "./photo-limits";

export type ReportOutcome = "reported" | "hidden" | "not-found";

/**
 * Counts a visitor's report of an approved photo. At REPORTS_TO_HIDE reports it leaves the wall
 * and goes back to the staff's queue (still confirmed), until staff approve it again or take it
 * down. One atomic update, so reports arriving together are all counted.
 */
export async function reportPhoto(db: Db, id: string): Promise<ReportOutcome> {
  const rows = await db.$queryRaw<{ reportCount: number; status: CoatPhotoStatus }[]>`
    UPDATE "CoatPhoto"
       SET "reportCount" = "reportCount" + 1,
           "status" = CASE WHEN "reportCount" + 1 >= ${REPORTS_TO_HIDE} THEN 'PENDING'::"CoatPhotoStatus" ELSE "status" END,
           "updatedAt" = now()
     WHERE "id" = ${id} AND "status" = 'APPROVED'::"CoatPhotoStatus"
     RETURNING "reportCount", "status"`;
  const row = rows[0];
  if (!row) return "not-found";
  return row.status === CoatPhotoStatus.PENDING ? "hidden" : "reported";
}
