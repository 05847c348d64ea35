import type Stripe from "stripe";
import { queues } from "@/lib/queue/jobs";
import { paymentFailedKey } from "../../emails/send-payment-failed-email";
import { donationIdOfInvoice } from "./invoice-paid";
import { notePaymentOutcome } from "./payment-outcome";
import type { EventContext, EventEffect } from "./types";

/**
 * invoice.payment_failed: a monthly gift's card payment failed (expired card, say). Stripe
 * retries the invoice for a while; meanwhile the gift is marked failing for staff, and the donor
 * is emailed a link to update their card (/donate/manage). The email is queued in the same
 * transaction, and only by the event that turned the gift failing: Stripe's own retries (each a
 * new failure event) and redeliveries find it failing already and queue nothing, and the email is
 * keyed by the invoice. A failure older than the latest payment (the event came late), an invoice
 * since paid, or a gift already ended emails nobody.
 */
export async function applyInvoicePaymentFailed(event: Stripe.Event, invoice: Stripe.Invoice, ctx: EventContext): Promise<EventEffect> {
  const donationId = donationIdOfInvoice(invoice);
  if (!donationId) return { donationId: null, progressChanged: false, note: "not a subscription of ours" };
  const first = await ctx.lockDonation(donationId);
  if (!first) return { donationId: null, progressChanged: false, note: "not one of our donations" };

  const { failing, wasFailing } = await notePaymentOutcome(ctx.tx, first.id, { failedAt: new Date(event.created * 1000) });
  if (!failing) return { donationId: first.id, progressChanged: false, note: "paid since: no email" };
  if (wasFailing) return { donationId: first.id, progressChanged: false, note: "already failing: donor already told" };
  const paid = await ctx.tx.donation.findUnique({ where: { stripeInvoiceId: invoice.id }, select: { id: true } });
  const gift = await ctx.tx.donation.findUniqueOrThrow({ where: { id: first.id }, select: { subscriptionEndedAt: true } });
  if (paid) return { donationId: first.id, progressChanged: false, note: "invoice since paid: no email" };
  if (gift.subscriptionEndedAt) return { donationId: first.id, progressChanged: false, note: "monthly gift already ended: no email" };
  const key = paymentFailedKey(invoice.id);
  await ctx.enqueue(queues.monthlyGiftPaymentFailed, { donationId: first.id, invoiceId: invoice.id }, { tx: ctx.tx, singletonKey: key });
  return { donationId: first.id, progressChanged: false };
}
