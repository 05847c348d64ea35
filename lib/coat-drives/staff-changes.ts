import { changedFields } from "@/lib/audit/changed-fields";
import { recordAudit, type AuditAction } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { CoatDriveReportStatus, CoatDriveStatus } from "@/lib/generated/prisma/enums";
import { storePageImage, type PageImageUpload } from "@/lib/images/page-image-store";
import type { EditDriveInput } from "./drive-schema";

// What staff do to a drive, each change with its audit row in the same transaction.

export const driveMoves = {
  approve: { from: [CoatDriveStatus.PENDING_APPROVAL], to: CoatDriveStatus.LIVE, audit: "coat-drive.approve", done: "Approved: the drive is live." },
  pause: {
    from: [CoatDriveStatus.LIVE],
    to: CoatDriveStatus.PAUSED,
    audit: "coat-drive.pause",
    done: "Paused: the drive’s page is hidden and takes no gifts.",
  },
  resume: { from: [CoatDriveStatus.PAUSED], to: CoatDriveStatus.LIVE, audit: "coat-drive.resume", done: "The drive is live again." },
  close: {
    from: [CoatDriveStatus.PENDING_CONFIRMATION, CoatDriveStatus.PENDING_APPROVAL, CoatDriveStatus.LIVE, CoatDriveStatus.PAUSED],
    to: CoatDriveStatus.CLOSED,
    audit: "coat-drive.close",
    done: "Closed: the drive takes no more gifts.",
  },
  reopen: { from: [CoatDriveStatus.CLOSED], to: CoatDriveStatus.LIVE, audit: "coat-drive.reopen", done: "Reopened: the drive is live again." },
} as const satisfies Record<string, { from: CoatDriveStatus[]; to: CoatDriveStatus; audit: AuditAction; done: string }>;

export type DriveMove = keyof typeof driveMoves;

export type MoveResult = { ok: true; slug: string } | { ok: false; reason: "not-found" | "not-allowed"; current?: CoatDriveStatus };

/**
 * Moves a drive from one status to another, only from a status the move allows (checked in the
 * update itself, so two members of staff at once move it once). Reopening needs a drive staff
 * approved before: a drive closed before approval is approved instead.
 */
export async function moveDrive(db: Db, input: { id: string; move: DriveMove }, actorId: string, now: Date = new Date()): Promise<MoveResult> {
  const move = driveMoves[input.move];
  return db.$transaction(async (tx) => {
    const drive = await tx.coatDrive.findUnique({ where: { id: input.id }, select: { id: true, slug: true, status: true, approvedAt: true } });
    if (!drive) return { ok: false, reason: "not-found" };
    if (input.move === "reopen" && !drive.approvedAt) return { ok: false, reason: "not-allowed", current: drive.status };
    const { count } = await tx.coatDrive.updateMany({
      where: { id: drive.id, status: { in: [...move.from] } },
      data: {
        status: move.to,
        ...(input.move === "approve" ? { approvedAt: now } : {}),
        ...(input.move === "close" ? { closedAt: now } : {}),
        ...(input.move === "reopen" ? { closedAt: null, endedEmailedAt: null } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) return { ok: false, reason: "not-allowed", current: drive.status };
    await recordAudit(tx, { actorId, action: move.audit, subject: drive.slug, details: { from: drive.status, to: move.to } });
    return { ok: true, slug: drive.slug };
  });
}

export type SaveDriveResult =
  | {
      ok: true;
      slug: string;
      /** The photo the drive no longer shows: for releasePageImage once the save has committed. */
      releasedPhoto: string | null;
    }
  | { ok: false; reason: "not-found" | "stale" };

const calendarDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * Saves a drive's words, goal and end date (and, when given, a new photo, stored under its key's
 * lock in the same transaction), only if nobody saved it since the version the editor opened: a
 * stale save writes nothing. The address (slug)
 * stays, so links already shared keep working. `actorId` undefined: the organiser saved it.
 */
export async function saveDrive(
  db: Db,
  input: { id: string; fields: EditDriveInput; photo?: PageImageUpload },
  actorId: string | null | undefined,
): Promise<SaveDriveResult> {
  return db.$transaction(
    async (tx) => {
      const drive = await tx.coatDrive.findUnique({
        where: { id: input.id },
        select: { slug: true, name: true, kind: true, goalCoats: true, story: true, endsOn: true, photoAlt: true, photoKey: true },
      });
      if (!drive) return { ok: false, reason: "not-found" };
      const { fields } = input;
      const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
      const before = {
        name: drive.name,
        kind: drive.kind,
        goal: drive.goalCoats,
        story: drive.story,
        endsOn: day(drive.endsOn),
        photoAlt: drive.photoAlt ?? "",
      };
      const after = {
        name: fields.name,
        kind: fields.kind,
        goal: fields.goal,
        story: fields.story,
        endsOn: fields.endsOn || null,
        photoAlt: fields.photoAlt || "",
      };
      const changes = changedFields(before, after, ["name", "kind", "goal", "story", "endsOn", "photoAlt"]);
      const photoKey = input.photo ? input.photo.image.key : drive.photoKey;
      if (photoKey !== drive.photoKey) changes.photo = { from: drive.photoKey ? "a photo" : null, to: photoKey ? "a new photo" : null };
      const { count } = await tx.coatDrive.updateMany({
        where: { id: input.id, version: fields.version },
        data: {
          name: fields.name,
          kind: fields.kind,
          goalCoats: fields.goal,
          story: fields.story,
          endsOn: fields.endsOn ? calendarDay(fields.endsOn) : null,
          photoAlt: fields.photoAlt || null,
          photoKey,
          version: { increment: 1 },
        },
      });
      if (count === 0) return { ok: false, reason: "stale" };
      if (input.photo) await storePageImage(tx, input.photo.storage, input.photo.image);
      if (actorId !== undefined) await recordAudit(tx, { actorId, action: "coat-drive.edit", subject: drive.slug, details: { changes } });
      return { ok: true, slug: drive.slug, releasedPhoto: drive.photoKey && drive.photoKey !== photoKey ? drive.photoKey : null };
    },
    input.photo ? { timeout: 30_000 } : undefined,
  );
}

export type DecideReportResult = { ok: true; slug: string; coats: number } | { ok: false; reason: "not-found" | "decided" };

/** Staff confirm (the coats count toward the drive's goal) or reject a report, once. */
export async function decideReport(
  db: Db,
  input: { reportId: string; decision: "confirm" | "reject" },
  actorId: string,
  now: Date = new Date(),
): Promise<DecideReportResult> {
  return db.$transaction(async (tx) => {
    const report = await tx.coatDriveReport.findUnique({ where: { id: input.reportId }, select: { id: true, coats: true, drive: { select: { slug: true } } } });
    if (!report) return { ok: false, reason: "not-found" };
    const { count } = await tx.coatDriveReport.updateMany({
      where: { id: report.id, status: CoatDriveReportStatus.PENDING },
      data: { status: input.decision === "confirm" ? CoatDriveReportStatus.CONFIRMED : CoatDriveReportStatus.REJECTED, decidedAt: now, decidedById: actorId },
    });
    if (count === 0) return { ok: false, reason: "decided" };
    await recordAudit(tx, {
      actorId,
      action: input.decision === "confirm" ? "coat-drive.report-confirm" : "coat-drive.report-reject",
      subject: report.drive.slug,
      details: { reportId: report.id, coats: report.coats },
    });
    return { ok: true, slug: report.drive.slug, coats: report.coats };
  });
}
