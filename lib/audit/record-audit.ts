import type { Prisma } from "@/lib/generated/prisma/client";
import type { DonationPointStatus, StaffRole, VolunteerStatus } from "@/lib/generated/prisma/enums";

/**
 * Every change the audit log records, by name. The log's filter (`/admin/audit`) matches a name or
 * its prefix ("post" finds every post change), so a new kind of change is one more line here, one
 * more entry in `AuditDetails` below, and one more case in lib/audit/describe-audit.ts (which the
 * compiler insists on).
 */
export const auditActions = [
  "appeal.copy",
  "appeal.figures",
  "appeal.goal",
  "appeal.video",
  "appeal.ways",
  // ── Coat wall (issue #17) ──
  "coat-wall.approve",
  "coat-wall.link",
  "coat-wall.reject",
  "coat-wall.remove",
  // ── end coat wall ──
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
  "site-page.edit",
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

/** A field's value as the log keeps it. */
export type AuditValue = string | number | boolean | null;

/** Before → after of each field that changed (and only those), by the field's name. */
export type AuditChanges = Record<string, { from: AuditValue; to: AuditValue }>;

type ChangedFields = { changes: AuditChanges };
type DriveStatusChange = { from: string; to: string };
type DriveReport = { reportId: string; coats: number };
type PointStatusChange = { id: string; from: DonationPointStatus; to: DonationPointStatus };
/** A post by its id (for the link) and title as saved; what changed, on an edit. */
type PostChange = { id: string; title: string; changes?: AuditChanges; cover?: "added" | "removed" | "replaced"; publishAt?: string };
type ExportFilter = Record<string, string | number | undefined>;

/**
 * What each change records beside its subject. Entries written before this shape existed may hold
 * something else (lib/audit/describe-audit.ts reads those as well as it can).
 */
export type AuditDetails = {
  "appeal.copy": ChangedFields;
  /** Keys `figure 1`, `figure 2`…: each situation figure as a line of text. */
  "appeal.figures": ChangedFields;
  "appeal.goal": ChangedFields;
  "appeal.video": ChangedFields;
  /** Keys `way 1 title`, `way 1 text`, `way 1 button`, `way 1 link`… */
  "appeal.ways": ChangedFields;
  /** Reports on the photo that approving it cleared, if any. */
  "coat-wall.approve": { reportsCleared: number } | undefined;
  /** The delivery of coats received the photo is linked to; null when unlinked. */
  "coat-wall.link": { deliveryId: string | null };
  /** The reason staff gave, and the photo's status before. */
  "coat-wall.reject": { reason: string; was: string };
  "coat-wall.remove": { reason: string; was: string };
  // ── Coat drives (issue #18): subject is the drive's slug ──
  "coat-drive.approve": DriveStatusChange;
  "coat-drive.close": DriveStatusChange;
  /** The drive's fields that changed (name, kind, goal, story, endsOn, photoAlt, photo). */
  "coat-drive.edit": ChangedFields;
  "coat-drive.pause": DriveStatusChange;
  "coat-drive.reopen": DriveStatusChange;
  "coat-drive.report-confirm": DriveReport;
  "coat-drive.report-reject": DriveReport;
  "coat-drive.resume": DriveStatusChange;
  /** Subject: "N coat drives". */
  "coat-drives.export": { status?: string };
  "donation-point.accepting": PointStatusChange;
  "donation-point.close": PointStatusChange;
  "donation-point.create": { id: string; postcode: string; located: boolean };
  "donation-point.edit": { id: string; changes: AuditChanges; located: boolean };
  "donation-point.full": PointStatusChange;
  "donation-point.reopen": PointStatusChange;
  "donations.export": ExportFilter;
  "gift-aid.claim": { donations: number; totalPence: number; adjustments: number; adjustmentPence: number };
  "gift-aid.download": { schedule: number; of: number; rows: string };
  "in-kind.record": { coats: number; receivedOn: string; point: string | null };
  "in-kind.remove": { coats: number; receivedOn: string };
  "newsletter.send": { subject: string; recipients: number; batches: number };
  "newsletter.test": { subject: string; idempotencyKey: string };
  "payment-problem.resolve": { stripeEventId: string; donationId: string | null; kinds: string; note: string };
  "post.create": PostChange;
  "post.edit": PostChange;
  "post.publish": PostChange;
  "post.schedule": PostChange;
  "post.unpublish": PostChange;
  "site-page.edit": ChangedFields;
  "staff.admin-create": { via: string };
  "staff.disable": undefined;
  "staff.enable": undefined;
  "staff.invite": { role: StaffRole; id: string };
  "staff.role": { from: StaffRole; to: StaffRole };
  "subscribers.export": { q?: string; status?: string };
  "volunteer.status": { from: VolunteerStatus; to: VolunteerStatus };
  "volunteers.export": { status?: string; place?: string };
};

export type AuditEntry = {
  [A in AuditAction]: {
    /** The member of staff who made the change; null for `npm run admin:create` on the server. */
    actorId: string | null;
    action: A;
    /** What was changed, as staff would search for it: an address, a slug, a name, an id, a count. */
    subject: string;
  } & (AuditDetails[A] extends undefined ? { details?: undefined } : { details: AuditDetails[A] });
}[AuditAction];

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

/**
 * The one writer of the audit log. Pass the transaction the change is made in, so both or neither
 * happen; an export or download passes the client it reads with.
 */
export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  const { actorId, action, subject, details } = entry;
  await db.auditLog.create({ data: { actorId, action, subject, ...(details === undefined ? {} : { details: details as Prisma.InputJsonValue }) } });
}
