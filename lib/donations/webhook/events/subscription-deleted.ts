import type Stripe from "stripe";
import { queues } from "@/lib/queue/jobs";
import { cancellationKey } from "../../emails/send-cancellation-email";
import { checkLivemode } from "./check-payment";
import type { EventContext, EventEffect } from "./types";

/**
 * customer.subscription.deleted: the monthly gift has ended; past payments stand. Whether the
 * donor stopped it on our manage page or in Stripe's portal, this is where the cancellation is
 * recorded, so this is where its confirmation email is queued: in the same transaction, and only
 * by the update that actually ended the gift (a replay, or a second event for the same
 * subscription, finds it ended and queues nothing; the job and email keys are per donation too).
 */
export async function applySubscriptionDeleted(event: Stripe.Event, subscription: Stripe.Subscription, ctx: EventContext): Promise<EventEffect> {
  const donationId = subscription.metadata?.donationId;
  const donation = donationId
    ? await ctx.tx.donation.findUnique({ where: { id: donationId }, select: { id: true, livemode: true } })
    : await ctx.tx.donation.findFirst({ where: { stripeSubscriptionId: subscription.id, parentId: null }, select: { id: true, livemode: true } });
  if (!donation) return { donationId: null, progressChanged: false, note: "not one of our subscriptions" };
  // As applyStripeEvent does for the donations it locks: the other mode's event changes nothing,
  // and is kept as a PaymentProblem for staff like every other mismatch (never dropped silently).
  const mismatches = checkLivemode(donation, event);
  if (mismatches.length) return { donationId: donation.id, progressChanged: false, mismatches };
  const ended = await ctx.tx.donation.updateMany({
    where: { id: donation.id, subscriptionEndedAt: null },
    data: { subscriptionEndedAt: new Date(event.created * 1000), stripeSubscriptionId: subscription.id },
  });
  if (ended.count === 1) {
    const key = cancellationKey(donation.id);
    await ctx.enqueue(queues.monthlyGiftCancelled, { donationId: donation.id }, { tx: ctx.tx, singletonKey: key });
  }
  return { donationId: donation.id, progressChanged: false };
}
