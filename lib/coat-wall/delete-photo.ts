import type { Db } from "@/lib/db";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";
import type { Storage } from "@/lib/storage/storage";
import { deletePhotoFiles } from "./photo-files";
import { isTokenShaped, tokenHash } from "./tokens";

export type DeletePhotoOutcome = { outcome: "deleted"; id: string; wasPublic: boolean } | { outcome: "invalid" };

/**
 * The uploader's private link: the photo's files, then its row, at once, whatever its status. If
 * the files cannot be deleted (storage unreachable) the row stays, so the same link can try again.
 */
export async function deleteCoatPhotoByToken(db: Db, files: Storage, token: string): Promise<DeletePhotoOutcome> {
  if (!isTokenShaped(token)) return { outcome: "invalid" };
  const photo = await db.coatPhoto.findUnique({
    where: { deleteTokenHash: tokenHash(token) },
    select: { id: true, status: true, imageId: true, width: true, height: true },
  });
  if (!photo) return { outcome: "invalid" };
  await deletePhotoFiles(files, photo);
  await db.coatPhoto.deleteMany({ where: { id: photo.id } });
  return { outcome: "deleted", id: photo.id, wasPublic: photo.status === CoatPhotoStatus.APPROVED };
}
