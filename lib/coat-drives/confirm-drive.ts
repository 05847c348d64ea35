import type { Db } from "@/lib/db";
import { CoatDriveStatus } from "@/lib/generated/prisma/enums";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { editToken, newNonce, sha256, tokenHash } from "./tokens";

export type ConfirmDriveOutcome = "confirmed" | "expired" | "invalid";

/**
 * The organiser confirms their address (a button press on the page the emailed link opens, so a
 * mail scanner following links confirms nothing). The drive then waits for staff approval, and the
 * organiser's private edit link is queued in the same transaction. Each link works once.
 */
export async function confirmDrive(db: Db, enqueue: Enqueue, token: string, now: Date = new Date()): Promise<ConfirmDriveOutcome> {
  const hash = tokenHash(token);
  if (!hash) return "invalid";
  return db.$transaction(async (tx) => {
    const drive = await tx.coatDrive.findUnique({ where: { confirmTokenHash: hash }, select: { id: true, status: true, confirmTokenExpiresAt: true } });
    if (!drive || drive.status !== CoatDriveStatus.PENDING_CONFIRMATION) return "invalid";
    if (!drive.confirmTokenExpiresAt || drive.confirmTokenExpiresAt <= now) return "expired";
    const nonce = newNonce();
    // Conditional on the token still being there: two presses at once confirm once.
    const { count } = await tx.coatDrive.updateMany({
      where: { id: drive.id, confirmTokenHash: hash },
      data: {
        status: CoatDriveStatus.PENDING_APPROVAL,
        confirmedAt: now,
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
        editTokenHash: sha256(editToken(drive.id, nonce)),
      },
    });
    if (count === 0) return "invalid";
    await enqueue(queues.coatDriveEditLink, { driveId: drive.id, nonce }, { tx, singletonKey: `coat-drive-edit-link/${drive.id}/${nonce}` });
    return "confirmed";
  });
}
