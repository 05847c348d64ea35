import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Every change the audit log records, by name. The log's filter (`/admin/audit`) matches a name or
 * its prefix ("post" finds every post change), so a new kind of change is one more line here.
 */
export const auditActions = [
  "appeal.copy",
  "appeal.figures",
  "appeal.goal",
  "appeal.video",
  "appeal.ways",
  // ── Coat drives (issue #18) ──
  "coat-drive.approve",
  "coat-drive.close",
  "coat-drive.edit",
  "coat-drive.pause",
  "coat-drive.reopen",
  "coat-drive.report-confirm",
  "coat-drive.report-reject",
  "coat-drive.resume",
  "coat-drives.export",
  // ── end coat drives ──
  "donation-point.accepting",
  "donation-point.close",
  "donation-point.create",
  "donation-point.edit",
  "donation-point.full",
  "donation-point.reopen",
  "donations.export",
  "gift-aid.claim",
  "gift-aid.download",
  "in-kind.record",
  "in-kind.remove",
  "newsletter.send",
  "newsletter.test",
  "payment-problem.resolve",
  "post.create",
  "post.edit",
  "post.publish",
  "post.schedule",
  "post.unpublish",
  "staff.admin-create",
  "staff.disable",
  "staff.enable",
  "staff.invite",
  "staff.role",
  "subscribers.export",
  "volunteer.status",
  "volunteers.export",
] as const;

export type AuditAction = (typeof auditActions)[number];

export type AuditEntry = {
  /** The member of staff who made the change; null for `npm run admin:create` on the server. */
  actorId: string | null;
  action: AuditAction;
  /** What was changed, as staff would search for it: an address, a slug, a name, an id, a count. */
  subject: string;
  details?: Prisma.InputJsonValue;
};

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

/**
 * The one writer of the audit log. Pass the transaction the change is made in, so both or neither
 * happen; an export or download passes the client it reads with.
 */
export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: entry });
}
