import crypto from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Enqueue } from "@/lib/queue/jobs";
import { countConfirmedSubscribers } from "./admin-subscribers";
import { startNewsletter } from "./start-newsletter";

/**
 * The compose form carries one of these from the moment it is opened; the update it sends gets
 * it as its id. A second submit of the same form (a double click, a resent POST, two tabs) then
 * collides on the primary key instead of sending the update again.
 */
export function newSendToken(): string {
  return crypto.randomBytes(16).toString("base64url");
}

export const sendTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, "This form has expired. Reload the page and try again.");

export type SendOutcome =
  | { status: "started"; newsletterId: string; recipients: number }
  /** This form already sent an update; `sameContent` says whether it was this one. */
  | { status: "already-sent"; newsletterId: string; subject: string; sameContent: boolean }
  | { status: "nobody-to-send-to" };

/**
 * Sends an update to every confirmed subscriber, once per form, on behalf of a member of staff:
 * the update, its recipients, its queued batches and the audit record commit together or not at
 * all (startNewsletter does the sending; this adds the once-only guard and who did it).
 */
export async function sendToSubscribers(
  db: Db,
  enqueue: Enqueue,
  input: { token: string; subject: string; body: string },
  actorId: string,
): Promise<SendOutcome> {
  const token = sendTokenSchema.parse(input.token);
  const earlier = await alreadySent(db, token, input);
  if (earlier) return earlier;
  if ((await countConfirmedSubscribers(db)) === 0) return { status: "nobody-to-send-to" };
  try {
    const started = await startNewsletter(db, enqueue, input, {
      id: token,
      createdById: actorId,
      alsoInTransaction: (tx, s) =>
        recordAudit(tx, {
          actorId,
          action: "newsletter.send",
          subject: s.newsletterId,
          details: { subject: input.subject.trim(), recipients: s.recipients, batches: s.batches },
        }),
    });
    return { status: "started", newsletterId: started.newsletterId, recipients: started.recipients };
  } catch (error) {
    // The same form submitted twice at once: the other submit's transaction won the key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await alreadySent(db, token, input);
      if (winner) return winner;
    }
    throw error;
  }
}

async function alreadySent(db: Db, token: string, input: { subject: string; body: string }): Promise<SendOutcome | null> {
  const existing = await db.newsletter.findUnique({ where: { id: token }, select: { id: true, subject: true, body: true } });
  if (!existing) return null;
  const sameContent = existing.subject === input.subject.trim() && existing.body === input.body.trim();
  return { status: "already-sent", newsletterId: existing.id, subject: existing.subject, sameContent };
}
