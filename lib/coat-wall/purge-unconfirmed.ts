import type { Db } from "@/lib/db";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";
import type { Storage } from "@/lib/storage/storage";
import { CONFIRM_HOURS } from "./photo-limits";
import { deletePhotoFiles } from "./photo-files";

/**
 * Deletes uploads whose email was never confirmed within the link's time (the privacy notice
 * promises it): their files, then their rows. Hourly, from the queue's schedule.
 */
export async function purgeUnconfirmedPhotos(db: Db, files: Storage, now: Date = new Date()): Promise<number> {
  const stale = await db.coatPhoto.findMany({
    where: { status: CoatPhotoStatus.PENDING, confirmedAt: null, createdAt: { lt: new Date(now.getTime() - CONFIRM_HOURS * 3600_000) } },
    select: { id: true, imageId: true, width: true, height: true },
    take: 500,
  });
  let count = 0;
  for (const photo of stale) {
    await deletePhotoFiles(files, photo);
    count += (await db.coatPhoto.deleteMany({ where: { id: photo.id, confirmedAt: null } })).count;
  }
  return count;
}
