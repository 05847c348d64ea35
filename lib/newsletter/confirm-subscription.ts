import type { Db } from "@/lib/db";
import { ConsentAction, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { sha256 } from "@/lib/security/app-secret";
import { newsletterConsent } from "./consent";

export type ConfirmOutcome = "confirmed" | "expired" | "invalid";

/** Confirms the subscription a link belongs to. Each link works once, within its time limit. */
export async function confirmSubscription(db: Db, token: string, now: Date = new Date()): Promise<ConfirmOutcome> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return "invalid";
  return db.$transaction(async (tx) => {
    const subscriber = await tx.subscriber.findUnique({
      where: { confirmTokenHash: sha256(token) },
      select: { id: true, status: true, confirmTokenExpiresAt: true },
    });
    if (!subscriber || subscriber.status !== SubscriberStatus.PENDING) return "invalid";
    if (!subscriber.confirmTokenExpiresAt || subscriber.confirmTokenExpiresAt <= now) return "expired";
    // Conditional on the token still being there: two presses at once confirm once.
    const { count } = await tx.subscriber.updateMany({
      where: { id: subscriber.id, confirmTokenHash: sha256(token) },
      data: { status: SubscriberStatus.CONFIRMED, confirmedAt: now, confirmNonce: null, confirmTokenHash: null, confirmTokenExpiresAt: null },
    });
    if (count === 0) return "invalid";
    await tx.consentRecord.create({
      data: {
        subscriberId: subscriber.id,
        action: ConsentAction.CONFIRMED,
        wording: newsletterConsent.wording,
        version: newsletterConsent.version,
        source: "email-link",
      },
    });
    return "confirmed";
  });
}
