import type Stripe from "stripe";
import type { EventContext, EventEffect } from "./types";

/** customer.subscription.deleted: the monthly gift has ended; past payments stand. */
export async function applySubscriptionDeleted(event: Stripe.Event, subscription: Stripe.Subscription, ctx: EventContext): Promise<EventEffect> {
  const donationId = subscription.metadata?.donationId;
  const donation = donationId
    ? await ctx.tx.donation.findUnique({ where: { id: donationId }, select: { id: true, livemode: true } })
    : await ctx.tx.donation.findFirst({ where: { stripeSubscriptionId: subscription.id, parentId: null }, select: { id: true, livemode: true } });
  if (!donation) return { donationId: null, progressChanged: false, note: "not one of our subscriptions" };
  // As applyStripeEvent does for the donations it locks: the other mode's event changes nothing.
  if (donation.livemode !== event.livemode) return { donationId: donation.id, progressChanged: false, note: "livemode does not match the donation: not applied" };
  await ctx.tx.donation.updateMany({
    where: { id: donation.id, subscriptionEndedAt: null },
    data: { subscriptionEndedAt: new Date(event.created * 1000), stripeSubscriptionId: subscription.id },
  });
  return { donationId: donation.id, progressChanged: false };
}
