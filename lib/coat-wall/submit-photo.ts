import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { DonationPointStatus } from "@/lib/generated/prisma/enums";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import type { Storage } from "@/lib/storage/storage";
import { CONFIRM_HOURS } from "./photo-limits";
import type { CoatPhotoInput } from "./photo-schema";
import type { ProcessedPhoto } from "./process-photo";
import { confirmPhotoToken, deletePhotoToken, tokenHash } from "./tokens";

export type SubmitOutcome = { ok: true; id: string } | { ok: false; reason: "point-gone" };

/**
 * Keeps an upload until its uploader confirms their email: the images first (under a random name
 * nothing points at yet), then, in one transaction, the row and its confirmation email's job. If
 * the row is not written, the images are deleted again, so no half an upload stays behind.
 */
export async function submitCoatPhoto(
  db: Db,
  files: Storage,
  enqueue: Enqueue,
  input: CoatPhotoInput,
  photo: ProcessedPhoto,
  now: Date = new Date(),
): Promise<SubmitOutcome> {
  const written: string[] = [];
  const cleanUp = async () => {
    for (const key of written) await files.delete(key).catch((error: unknown) => console.error("[coat-wall] could not delete", key, error));
  };
  try {
    for (const object of photo.objects) {
      await files.put(object.key, object.body, object.contentType);
      written.push(object.key);
    }
    const nonce = crypto.randomBytes(16).toString("base64url");
    const outcome = await db.$transaction(async (tx): Promise<SubmitOutcome> => {
      if (input.donationPointId) {
        const point = await tx.donationPoint.findUnique({ where: { id: input.donationPointId }, select: { status: true } });
        if (!point || point.status === DonationPointStatus.CLOSED) return { ok: false, reason: "point-gone" };
      }
      const row = await tx.coatPhoto.create({
        data: {
          imageId: photo.imageId,
          width: photo.width,
          height: photo.height,
          firstName: input.firstName,
          town: input.town,
          message: input.message,
          email: input.email,
          donationPointId: input.donationPointId,
          nonce,
          confirmTokenHash: tokenHash(confirmPhotoToken(nonce)),
          confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3600_000),
          deleteTokenHash: tokenHash(deletePhotoToken(nonce)),
          consentedAt: now,
          createdAt: now,
        },
        select: { id: true },
      });
      await enqueue(queues.coatWallConfirm, { photoId: row.id }, { tx, singletonKey: `coat-wall-confirm/${row.id}` });
      return { ok: true, id: row.id };
    });
    if (!outcome.ok) await cleanUp();
    return outcome;
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
