import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import type { Storage } from "@/lib/storage/storage";
import { deletePhotoFiles } from "./photo-files";

// What staff do with the photos in the queue (/admin/coat-wall). Every change is audit-logged in
// the transaction that makes it; a photo is only ever approved from the queue (confirmed by its
// uploader, not yet decided), so two colleagues deciding at once decide once.

/** Photos waiting for staff: confirmed by their uploader, not yet approved, rejected or removed. */
const inQueue = { status: CoatPhotoStatus.PENDING, confirmedAt: { not: null } } as const;

/**
 * Puts photos on the wall and queues each uploader's "your photo is up" email (once per photo,
 * whatever happens later). A photo that had been taken down by reports keeps its place in the
 * wall's order. Returns the ids approved now.
 */
export async function approvePhotos(db: Db, enqueue: Enqueue, ids: readonly string[], actorId: string, now: Date = new Date()): Promise<string[]> {
  const approved: string[] = [];
  for (const id of new Set(ids)) {
    const done = await db.$transaction(async (tx) => {
      const photo = await tx.coatPhoto.findFirst({ where: { id, ...inQueue }, select: { approvedAt: true, reportCount: true } });
      if (!photo) return false;
      const { count } = await tx.coatPhoto.updateMany({
        where: { id, ...inQueue },
        data: { status: CoatPhotoStatus.APPROVED, approvedAt: photo.approvedAt ?? now, reportCount: 0 },
      });
      if (count !== 1) return false;
      await recordAudit(tx, {
        actorId,
        action: "coat-wall.approve",
        subject: id,
        details: photo.reportCount ? { reportsCleared: photo.reportCount } : undefined,
      });
      await enqueue(queues.coatWallApproved, { photoId: id }, { tx, singletonKey: `coat-wall-approved/${id}` });
      return true;
    });
    if (done) approved.push(id);
  }
  return approved;
}

export type TakeDownOutcome = { ok: true; wasPublic: boolean } | { ok: false; reason: "not-found" };

/**
 * Rejects a photo in the queue, or removes one from the wall: its files are deleted at once, and
 * the row keeps only its status (no image, name, words or email), so an old link says it is gone.
 * The reason stays in the audit log. If the files cannot be deleted nothing is changed, and staff
 * are told to try again.
 */
export async function takeDownPhoto(
  db: Db,
  files: Storage,
  input: { id: string; kind: "reject" | "remove"; reason: string },
  actorId: string,
): Promise<TakeDownOutcome> {
  const photo = await db.coatPhoto.findFirst({
    where: { id: input.id, status: input.kind === "reject" ? CoatPhotoStatus.PENDING : { in: [CoatPhotoStatus.PENDING, CoatPhotoStatus.APPROVED] } },
    select: { id: true, status: true, imageId: true, width: true, height: true },
  });
  if (!photo) return { ok: false, reason: "not-found" };
  await deletePhotoFiles(files, photo);
  return db.$transaction(async (tx) => {
    const { count } = await tx.coatPhoto.updateMany({
      where: { id: photo.id, status: photo.status },
      data: {
        status: input.kind === "reject" ? CoatPhotoStatus.REJECTED : CoatPhotoStatus.REMOVED,
        imageId: null,
        firstName: "",
        town: "",
        message: "",
        email: "",
        inKindDeliveryId: null,
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
      },
    });
    if (count !== 1) return { ok: false as const, reason: "not-found" as const };
    await recordAudit(tx, {
      actorId,
      action: input.kind === "reject" ? "coat-wall.reject" : "coat-wall.remove",
      subject: photo.id,
      details: { reason: input.reason, was: photo.status },
    });
    return { ok: true as const, wasPublic: photo.status === CoatPhotoStatus.APPROVED };
  });
}

export type LinkOutcome = { ok: true } | { ok: false; reason: "not-found" | "no-point" | "other-point" };

/**
 * Links an approved photo to a delivery of coats received at the drop-off point it names (or
 * unlinks it, with null). Only a link: the delivery's coats were counted when staff recorded it,
 * and a photo never adds to or takes from any total.
 */
export async function linkPhotoToDelivery(db: Db, input: { id: string; deliveryId: string | null }, actorId: string): Promise<LinkOutcome> {
  return db.$transaction(async (tx) => {
    const photo = await tx.coatPhoto.findFirst({ where: { id: input.id, status: CoatPhotoStatus.APPROVED }, select: { donationPointId: true } });
    if (!photo) return { ok: false as const, reason: "not-found" as const };
    if (!photo.donationPointId) return { ok: false as const, reason: "no-point" as const };
    if (input.deliveryId) {
      const delivery = await tx.inKindDelivery.findUnique({ where: { id: input.deliveryId }, select: { donationPointId: true } });
      if (!delivery || delivery.donationPointId !== photo.donationPointId) return { ok: false as const, reason: "other-point" as const };
    }
    await tx.coatPhoto.update({ where: { id: input.id }, data: { inKindDeliveryId: input.deliveryId } });
    await recordAudit(tx, { actorId, action: "coat-wall.link", subject: input.id, details: { deliveryId: input.deliveryId } });
    return { ok: true as const };
  });
}
