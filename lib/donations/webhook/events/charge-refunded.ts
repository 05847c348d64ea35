import type Stripe from "stripe";
import type { LockedDonation } from "../advance-donation";
import { refundGift } from "./refund-gift";
import type { EventContext, EventEffect } from "./types";

/**
 * The donation a payment intent paid, locked: the one that recorded it, or (when its own event
 * is still on the way) the one Stripe's payment intent or invoice names.
 */
export async function lockDonationPaidBy(ctx: EventContext, paymentIntentId: string): Promise<LockedDonation | null> {
  let found = await ctx.tx.donation.findUnique({ where: { stripePaymentIntentId: paymentIntentId }, select: { id: true } });
  if (!found && ctx.donationIdForPaymentIntent) {
    // The refund arrived before the completed session told us the payment intent: ask Stripe.
    const id = await ctx.donationIdForPaymentIntent(paymentIntentId);
    found = id ? { id } : null;
  }
  if (!found && ctx.invoiceIdForPaymentIntent) {
    // A monthly payment: its payment intent belongs to an invoice, and each paid invoice is a
    // donation we recorded under the invoice's id.
    const invoiceId = await ctx.invoiceIdForPaymentIntent(paymentIntentId);
    found = invoiceId ? await ctx.tx.donation.findUnique({ where: { stripeInvoiceId: invoiceId }, select: { id: true } }) : null;
  }
  return found ? ctx.lockDonation(found.id) : null;
}

export const paymentIntentIdOf = (value: string | { id: string } | null | undefined): string | null =>
  value == null ? null : typeof value === "string" ? value : value.id;

/**
 * charge.refunded. A full refund makes the donation REFUNDED; a partial one keeps it paid and
 * records how much went back (the charge's running total, so any order of refund events ends
 * with the largest figure). A refund after the gift's Gift Aid was claimed is an adjustment for
 * the next claim (refundGift).
 */
export async function applyChargeRefunded(event: Stripe.Event, charge: Stripe.Charge, ctx: EventContext): Promise<EventEffect> {
  const paymentIntentId = paymentIntentIdOf(charge.payment_intent);
  if (!paymentIntentId) return { donationId: null, progressChanged: false, note: "charge without a payment intent" };
  const donation = await lockDonationPaidBy(ctx, paymentIntentId);
  if (!donation) return { donationId: null, progressChanged: false, note: "not one of our donations" };

  const full = charge.refunded || charge.amount_refunded >= charge.amount;
  const changed = await refundGift(ctx, event, donation, {
    full,
    runningTotalPence: charge.amount_refunded,
    reason: "refund",
    paymentKey: paymentIntentId,
    data: { stripePaymentIntentId: paymentIntentId },
  });
  return { donationId: donation.id, progressChanged: changed };
}
