import type { Db } from "@/lib/db";
import { CoatDriveStatus } from "@/lib/generated/prisma/enums";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { editToken, newNonce, sha256 } from "./tokens";

/** The most drives one request sends links for (the newest first). */
const MAX_DRIVES = 10;

/**
 * An organiser asks for a new private link: each confirmed drive run from `email` gets a new edit
 * token, and the email carrying it is queued in the same transaction. The new link replaces the
 * old one (only one token's hash is kept per drive): a link forwarded or leaked by mistake stops
 * working once its organiser asks for a new one. A drive whose address was never confirmed gets
 * nothing (its organiser confirms from the first email; the confirmation sends the link). Returns
 * how many links were sent, for the tests: the visitor is answered the same whatever it is.
 */
export async function requestEditLinks(db: Db, enqueue: Enqueue, email: string): Promise<number> {
  const drives = await db.coatDrive.findMany({
    where: { organiserEmail: email.trim().toLowerCase(), status: { not: CoatDriveStatus.PENDING_CONFIRMATION } },
    select: { id: true },
    orderBy: { createdAt: "desc" },
    take: MAX_DRIVES,
  });
  for (const drive of drives) {
    const nonce = newNonce();
    await db.$transaction(async (tx) => {
      await tx.coatDrive.update({ where: { id: drive.id }, data: { editTokenHash: sha256(editToken(drive.id, nonce)) }, select: { id: true } });
      await enqueue(queues.coatDriveEditLink, { driveId: drive.id, nonce, renewed: true }, { tx, singletonKey: `coat-drive-edit-link/${drive.id}/${nonce}` });
    });
  }
  return drives.length;
}
