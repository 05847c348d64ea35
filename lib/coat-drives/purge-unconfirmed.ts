import type { Db } from "@/lib/db";
import { CoatDriveStatus } from "@/lib/generated/prisma/enums";
import { releasePageImageAfterCommit } from "@/lib/images/page-image-store";
import type { Storage } from "@/lib/storage/storage";

/**
 * Drives whose organiser never confirmed their address, once the confirmation link has expired:
 * nobody can confirm them any more, so they go, and their photos with them (after the rows are
 * gone, and only if no post or other drive shows the same image). Returns how many went.
 */
export async function purgeUnconfirmedDrives(db: Db, files: Storage, now: Date = new Date()): Promise<number> {
  const expired = { status: CoatDriveStatus.PENDING_CONFIRMATION, confirmTokenExpiresAt: { lt: now } };
  const drives = await db.coatDrive.findMany({ where: expired, select: { id: true, photoKey: true }, take: 500 });
  if (drives.length === 0) return 0;
  // The same conditions again: a drive confirmed in between stays.
  const { count } = await db.coatDrive.deleteMany({ where: { ...expired, id: { in: drives.map((d) => d.id) } } });
  for (const key of new Set(drives.map((d) => d.photoKey))) await releasePageImageAfterCommit(db, files, key, "an unconfirmed coat drive's photo");
  return count;
}
