import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coverObjectKeys } from "@/lib/images/cover-keys";
import type { Storage } from "@/lib/storage/storage";

// A cover's objects are named by their content, so two posts given the same photo share them.
// Storing a cover and letting one go therefore take the same per-key lock: the upload writes its
// objects and the post row that points at them under the lock; the release counts the posts still
// pointing at the key and deletes only when none do, under the lock too. Whichever comes second
// sees the first's result, so a shared image is never deleted from under a post.

/** Holds a transaction-scoped lock on one cover key until the transaction ends. */
export async function lockCover(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`cover:${key}`}))`;
}

/**
 * Deletes a cover's objects if no post uses the key any more. Called after the save that let it
 * go has committed, never before: a failed save must leave the old image in place.
 */
export async function releaseCover(db: Db, storage: Storage, key: string): Promise<"deleted" | "still-used"> {
  return db.$transaction(
    async (tx) => {
      await lockCover(tx, key);
      if ((await tx.post.count({ where: { coverImage: key } })) > 0) return "still-used" as const;
      for (const objectKey of coverObjectKeys(key)) await storage.delete(objectKey);
      return "deleted" as const;
    },
    { timeout: 30_000 },
  );
}
