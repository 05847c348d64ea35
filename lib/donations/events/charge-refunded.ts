import type Stripe from "stripe";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { advanceDonation } from "../advance-donation";
import { queueReceipt } from "./queue-receipt";
import type { EventContext, EventEffect } from "./types";

/**
 * charge.refunded. A full refund makes the donation REFUNDED; a partial one keeps it paid and
 * records how much went back (the charge's running total, so any order of refund events ends
 * with the largest figure).
 */
export async function applyChargeRefunded(event: Stripe.Event, charge: Stripe.Charge, ctx: EventContext): Promise<EventEffect> {
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null);
  if (!paymentIntentId) return { donationId: null, progressChanged: false, note: "charge without a payment intent" };

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
  const donation = found ? await ctx.lockDonation(found.id) : null;
  if (!donation) return { donationId: null, progressChanged: false, note: "not one of our donations" };

  const at = new Date(event.created * 1000);
  const full = charge.refunded || charge.amount_refunded >= charge.amount;
  const refundedPence = full ? donation.amountPence : Math.min(donation.amountPence, Math.max(donation.refundedPence, charge.amount_refunded));
  const data = { stripePaymentIntentId: paymentIntentId, refundedPence: Math.max(donation.refundedPence, refundedPence) };
  if (full) {
    // A refund implies the payment happened, even if its own event is still on the way; whoever
    // records the payment queues its receipt (under the payment's key, so only once).
    if (donation.status === DonationStatus.PENDING && (await advanceDonation(ctx.tx, donation, DonationStatus.PAID, at))) {
      await queueReceipt(ctx, donation.id, donation.stripeSessionId ?? donation.stripeInvoiceId ?? paymentIntentId);
    }
    const changed = await advanceDonation(ctx.tx, donation, DonationStatus.REFUNDED, at, data);
    return { donationId: donation.id, progressChanged: changed };
  }
  await ctx.tx.donation.update({ where: { id: donation.id }, data });
  return { donationId: donation.id, progressChanged: data.refundedPence !== donation.refundedPence };
}
