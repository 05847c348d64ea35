import type { Db } from "@/lib/db";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";
import { isTokenShaped, tokenHash } from "./tokens";

export type ConfirmPhotoOutcome = "confirmed" | "expired" | "invalid";

/**
 * The uploader's "yes, this was me": the photo joins the staff's queue. Nothing becomes public
 * here; each link works once, within its time limit.
 */
export async function confirmCoatPhoto(db: Db, token: string, now: Date = new Date()): Promise<ConfirmPhotoOutcome> {
  if (!isTokenShaped(token)) return "invalid";
  const hash = tokenHash(token);
  const photo = await db.coatPhoto.findUnique({ where: { confirmTokenHash: hash }, select: { id: true, status: true, confirmTokenExpiresAt: true } });
  if (!photo || photo.status !== CoatPhotoStatus.PENDING) return "invalid";
  if (!photo.confirmTokenExpiresAt || photo.confirmTokenExpiresAt <= now) return "expired";
  // Conditional on the token still being there: two presses at once confirm once.
  const { count } = await db.coatPhoto.updateMany({
    where: { id: photo.id, confirmTokenHash: hash },
    data: { confirmedAt: now, confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  return count === 1 ? "confirmed" : "invalid";
}
