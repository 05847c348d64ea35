import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConsentAction, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { sha256 } from "@/lib/security/app-secret";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { CONFIRM_TOKEN_HOURS, newsletterConsent, type SignupSource } from "./consent";
import { confirmToken } from "./tokens";

export type SubscribeOutcome = "confirmation-queued" | "already-confirmed";

/**
 * Records a signup and queues its confirmation email, in one transaction: either both exist or
 * neither. The caller shows the same answer whatever the outcome, so the form never reveals who
 * is on the list. A confirmed subscriber is left as they are; a pending or unsubscribed one gets
 * a fresh link (the old one stops working).
 */
export async function subscribe(db: Db, enqueue: Enqueue, input: { email: string; source: SignupSource }, now: Date = new Date()): Promise<SubscribeOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const existing = await tx.subscriber.findUnique({ where: { email: input.email }, select: { id: true, status: true } });
        if (existing?.status === SubscriberStatus.CONFIRMED) return "already-confirmed";
        const subscriber = existing ?? (await tx.subscriber.create({ data: { email: input.email }, select: { id: true, status: true } }));
        const nonce = crypto.randomBytes(16).toString("base64url");
        await tx.subscriber.update({
          where: { id: subscriber.id },
          data: {
            status: SubscriberStatus.PENDING,
            unsubscribedAt: null,
            confirmNonce: nonce,
            confirmTokenHash: sha256(confirmToken(subscriber.id, nonce)),
            confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_TOKEN_HOURS * 3600_000),
          },
        });
        await tx.consentRecord.create({
          data: {
            subscriberId: subscriber.id,
            action: ConsentAction.GIVEN,
            wording: newsletterConsent.wording,
            version: newsletterConsent.version,
            source: input.source,
          },
        });
        await enqueue(queues.confirmSubscription, { subscriberId: subscriber.id, nonce }, { tx, singletonKey: `confirm/${subscriber.id}/${nonce}` });
        return "confirmation-queued";
      });
    } catch (error) {
      // Two signups for one new address at once: the loser of the unique race retries and
      // finds the winner's row.
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
