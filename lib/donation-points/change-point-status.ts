import type { Db } from "@/lib/db";
import { recordAudit, type AuditAction } from "@/lib/audit/record-audit";
import { DonationPointStatus } from "@/lib/generated/prisma/enums";
import type { PointStatusChange } from "./point-form-schema";

export type StatusOutcome = { ok: true; name: string; version: number; from: DonationPointStatus } | { ok: false; reason: "conflict" | "not-found" };

/** The audit log's word for each change, by where the point ends up and where it came from. */
function auditAction(from: DonationPointStatus, to: DonationPointStatus): Extract<AuditAction, `donation-point.${"close" | "reopen" | "full" | "accepting"}`> {
  if (to === DonationPointStatus.CLOSED) return "donation-point.close";
  if (from === DonationPointStatus.CLOSED) return "donation-point.reopen";
  return to === DonationPointStatus.FULL ? "donation-point.full" : "donation-point.accepting";
}

/**
 * Marks a point full or accepting, closes it (hidden from the public) or reopens it (as
 * accepting). Like an edit, it carries the version the page showed, so a change made on a stale
 * page is refused rather than undoing someone else's.
 */
export async function changeDonationPointStatus(db: Db, change: PointStatusChange, actorId: string): Promise<StatusOutcome> {
  return db.$transaction(async (tx) => {
    // Read at the version the page showed: every change bumps the version, so if the update
    // below still finds it, this is the status being replaced.
    const point = await tx.donationPoint.findFirst({ where: { id: change.id, version: change.version }, select: { name: true, status: true } });
    if (!point) {
      const exists = (await tx.donationPoint.count({ where: { id: change.id } })) > 0;
      return { ok: false as const, reason: exists ? ("conflict" as const) : ("not-found" as const) };
    }
    const { count } = await tx.donationPoint.updateMany({
      where: { id: change.id, version: change.version },
      data: { status: change.to, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, reason: "conflict" as const };
    await recordAudit(tx, {
      actorId,
      action: auditAction(point.status, change.to),
      subject: point.name,
      details: { id: change.id, from: point.status, to: change.to },
    });
    return { ok: true as const, name: point.name, version: change.version + 1, from: point.status };
  });
}
