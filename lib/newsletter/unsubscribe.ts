import type { Db } from "@/lib/db";
import { ConsentAction, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { isValidUnsubscribeToken } from "./tokens";

export type UnsubscribeOutcome = "unsubscribed" | "invalid";

/**
 * Takes an address off the list at once. Safe to repeat: a second call changes nothing and
 * answers the same. Newsletters already handed to the provider cannot be recalled; nothing
 * after this moment is sent.
 */
export async function unsubscribe(
  db: Db,
  input: { subscriberId: string; token: string; source: "unsubscribe-page" | "one-click" },
  now: Date = new Date(),
): Promise<UnsubscribeOutcome> {
  if (input.subscriberId.length > 64 || !isValidUnsubscribeToken(input.subscriberId, input.token)) return "invalid";
  return db.$transaction(async (tx) => {
    const { count } = await tx.subscriber.updateMany({
      where: { id: input.subscriberId, status: { not: SubscriberStatus.UNSUBSCRIBED } },
      data: { status: SubscriberStatus.UNSUBSCRIBED, unsubscribedAt: now, confirmNonce: null, confirmTokenHash: null, confirmTokenExpiresAt: null },
    });
    if (count > 0) {
      await tx.consentRecord.create({
        data: { subscriberId: input.subscriberId, action: ConsentAction.WITHDRAWN, wording: "Unsubscribed", version: "-", source: input.source },
      });
    }
    const exists = await tx.subscriber.count({ where: { id: input.subscriberId } });
    return exists ? "unsubscribed" : "invalid";
  });
}

/** The address behind a valid unsubscribe link, to offer resubscribing. */
export async function subscriberForLink(db: Db, subscriberId: string, token: string) {
  if (subscriberId.length > 64 || !isValidUnsubscribeToken(subscriberId, token)) return null;
  return db.subscriber.findUnique({ where: { id: subscriberId }, select: { id: true, email: true, status: true } });
}
