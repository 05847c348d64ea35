import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Storage } from "@/lib/storage/storage";
import { pageImageObjectKeys } from "./page-image-keys";
import type { ProcessedPageImage } from "./page-image";

// A page image's objects are named by their content, so two posts or drives given the same photo
// share them (Post.coverImage, CoatDrive.photoKey). Storing an image and letting one go therefore
// take the same per-key lock: the upload writes its objects and the row that points at them under
// the lock; the release counts the rows still pointing at the key and deletes only when none do,
// under the lock too. Whichever comes second sees the first's result, so a shared image is never
// deleted from under a post or a drive.

/** A processed image and where to write it, for a function that saves the row pointing at it. */
export type PageImageUpload = { image: ProcessedPageImage; storage: Storage };

/** Holds a transaction-scoped lock on one page-image key until the transaction ends. */
export async function lockPageImage(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`cover:${key}`}))`;
}

/**
 * Writes an image's objects inside the transaction that saves the row pointing at it, under the
 * key's lock. Content-addressed: an object written for a save that then fails is the same bytes a
 * retry writes, and an unused one is found by a release.
 */
export async function storePageImage(tx: Prisma.TransactionClient, storage: Storage, image: ProcessedPageImage): Promise<void> {
  await lockPageImage(tx, image.key);
  for (const object of image.objects) await storage.put(object.key, object.body, object.contentType);
}

/**
 * Deletes an image's objects if no post or drive uses the key any more. Called after the change
 * that let it go has committed, never before: a failed save must leave the old image in place.
 */
export async function releasePageImage(db: Db, storage: Storage, key: string): Promise<"deleted" | "still-used"> {
  return db.$transaction(
    async (tx) => {
      await lockPageImage(tx, key);
      const users = (await tx.post.count({ where: { coverImage: key } })) + (await tx.coatDrive.count({ where: { photoKey: key } }));
      if (users > 0) return "still-used" as const;
      for (const objectKey of pageImageObjectKeys(key)) await storage.delete(objectKey);
      return "deleted" as const;
    },
    { timeout: 30_000 },
  );
}

/** releasePageImage, for after a change has committed: a failure is logged, and the change stands. */
export async function releasePageImageAfterCommit(db: Db, storage: Storage, key: string | null | undefined, what: string): Promise<void> {
  if (!key) return;
  await releasePageImage(db, storage, key).catch((error: unknown) => console.error(`[images] could not delete ${what}`, key, error));
}
