import type { Db } from "@/lib/db";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";

const WALL_KEY = /^coat-wall\/([0-9a-f]{32})-/;

/**
 * Who may load a stored coat-wall image (from the uploads folder, app/uploads/[...key]): anyone
 * once its photo is approved, staff alone while it waits or is reported, nobody once it is gone.
 * null for a key that is not a coat-wall image at all.
 */
export async function wallImageAccess(db: Db, key: string): Promise<"public" | "staff" | "nobody" | null> {
  if (!key.startsWith("coat-wall/")) return null;
  const imageId = WALL_KEY.exec(key)?.[1];
  if (!imageId) return "nobody";
  const photo = await db.coatPhoto.findUnique({ where: { imageId }, select: { status: true } });
  if (!photo) return "nobody";
  return photo.status === CoatPhotoStatus.APPROVED ? "public" : photo.status === CoatPhotoStatus.PENDING ? "staff" : "nobody";
}

/**
 * A coat-wall image may be deleted at any time (its uploader's link, staff, reports), so unlike a
 * cover it is never kept for a year: a shared cache may hold an approved one for five minutes, and
 * one only staff may see is kept by nobody.
 */
export const WALL_IMAGE_CACHE_CONTROL = { public: "public, max-age=300", staff: "private, no-store" } as const;
