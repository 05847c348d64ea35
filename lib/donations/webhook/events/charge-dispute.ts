import type Stripe from "stripe";
import { DisputeState } from "@/lib/generated/prisma/enums";
import { lockDonationPaidBy, paymentIntentIdOf } from "./charge-refunded";
import { refundGift } from "./refund-gift";
import type { EventContext, EventEffect } from "./types";

/** Where a dispute stands, from its status: lost, closed without losing the money, or open. */
export function disputeStateOf(status: Stripe.Dispute.Status): DisputeState {
  if (status === "lost") return DisputeState.LOST;
  // Won, an inquiry closed without a chargeback, or one prevented before it began: no money lost.
  if (status === "won" || status === "warning_closed" || status === "prevented") return DisputeState.WON;
  return DisputeState.OPEN;
}

/**
 * charge.dispute.created, .updated, .closed, .funds_withdrawn, .funds_reinstated: the donor's
 * bank is disputing the payment (a chargeback). The gift is marked disputed and leaves claimable
 * Gift Aid while the dispute is open. A lost dispute means the money went back: the gift counts
 * as refunded in full (once: refundGift), and Gift Aid already claimed on it becomes an
 * adjustment for the next claim. A won one restores the gift. A dispute only moves from open to
 * closed, never back, so its events in any order end the same.
 */
export async function applyChargeDispute(event: Stripe.Event, dispute: Stripe.Dispute, ctx: EventContext): Promise<EventEffect> {
  const paymentIntentId = paymentIntentIdOf(dispute.payment_intent);
  if (!paymentIntentId) return { donationId: null, progressChanged: false, note: "dispute without a payment intent" };
  const donation = await lockDonationPaidBy(ctx, paymentIntentId);
  if (!donation) return { donationId: null, progressChanged: false, note: "not one of our donations" };

  const at = new Date(event.created * 1000);
  const current = await ctx.tx.donation.findUniqueOrThrow({ where: { id: donation.id }, select: { disputeState: true, disputedAt: true } });
  const incoming = disputeStateOf(dispute.status);
  // Closed is final; open never undoes it.
  const state = current.disputeState && current.disputeState !== DisputeState.OPEN ? current.disputeState : incoming;
  const closed = state !== DisputeState.OPEN;
  const data = {
    disputeState: state,
    stripeDisputeId: dispute.id,
    stripePaymentIntentId: paymentIntentId,
    disputedAt: current.disputedAt && current.disputedAt < at ? current.disputedAt : at,
    ...(closed && current.disputeState !== state ? { disputeClosedAt: at } : {}),
  };

  if (state === DisputeState.LOST) {
    const changed = await refundGift(ctx, event, donation, {
      full: true,
      runningTotalPence: donation.amountPence,
      reason: "dispute lost",
      paymentKey: paymentIntentId,
      data,
    });
    return { donationId: donation.id, progressChanged: changed };
  }
  await ctx.tx.donation.update({ where: { id: donation.id }, data });
  return { donationId: donation.id, progressChanged: false };
}
