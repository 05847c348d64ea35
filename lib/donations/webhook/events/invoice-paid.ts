import type Stripe from "stripe";
import { DonationKind, DonationStatus, GiftAidScope } from "@/lib/generated/prisma/enums";
import { advanceDonation } from "../advance-donation";
import { checkAmount, chargedPence, CURRENCY } from "./check-payment";
import { notePaymentOutcome } from "./payment-outcome";
import { queueReceipt } from "./queue-receipt";
import type { EventContext, EventEffect } from "./types";

/**
 * invoice.paid: every monthly payment is a donation. The first invoice of a subscription pays
 * the donation made at checkout (only for the amount charged there); each later one becomes a
 * donation of its own, keyed by the invoice, for what the invoice actually took (`amount_paid`),
 * with the Gift Aid declaration where it covers future gifts. A renewal that took what the first
 * gift charged repeats its gift (coats, packs, the covered fee); one that took another amount
 * (the donor changed it in Stripe's portal, say) is recorded as a gift of that amount, since the
 * invoice does not say which part is a fee. Every paid invoice also marks the gift not failing.
 */
/** The donation whose subscription an invoice belongs to: our id in the subscription's metadata. */
export function donationIdOfInvoice(invoice: Stripe.Invoice): string | null {
  return invoice.parent?.subscription_details?.metadata?.donationId ?? null;
}

export async function applyInvoicePaid(event: Stripe.Event, invoice: Stripe.Invoice, ctx: EventContext): Promise<EventEffect> {
  const details = invoice.parent?.subscription_details;
  const donationId = donationIdOfInvoice(invoice);
  if (!details || !donationId) return { donationId: null, progressChanged: false, note: "not a subscription of ours" };
  const subscriptionId = typeof details.subscription === "string" ? details.subscription : details.subscription.id;
  const customerId = typeof invoice.customer === "string" ? invoice.customer : (invoice.customer?.id ?? null);
  const at = new Date(event.created * 1000);

  const first = await ctx.lockDonation(donationId);
  if (!first) return { donationId: null, progressChanged: false, note: "not one of our donations" };
  const ids = { stripeSubscriptionId: subscriptionId, ...(customerId ? { stripeCustomerId: customerId } : {}) };
  const markPaid = () => notePaymentOutcome(ctx.tx, first.id, { paidAt: at });

  if (invoice.billing_reason === "subscription_create" || first.stripeInvoiceId === invoice.id) {
    // The first payment pays the gift the donor chose at checkout: exactly that, in pounds.
    const mismatches = checkAmount(first, { amount: invoice.amount_paid, currency: invoice.currency });
    if (mismatches.length) return { donationId: first.id, progressChanged: false, mismatches };
    const changed = await advanceDonation(ctx.tx, first, DonationStatus.PAID, at, { ...ids, stripeInvoiceId: invoice.id });
    await markPaid();
    if (changed) await queueReceipt(ctx, first.id, first.stripeSessionId ?? invoice.id);
    return { donationId: first.id, progressChanged: changed };
  }

  const existing = await ctx.tx.donation.findUnique({ where: { stripeInvoiceId: invoice.id }, select: { id: true } });
  if (existing) return { donationId: existing.id, progressChanged: false, note: "renewal already recorded" };
  if ((invoice.currency ?? "").toLowerCase() !== CURRENCY) {
    return {
      donationId: first.id,
      progressChanged: false,
      mismatches: [{ what: "currency", expected: "GBP", received: invoice.currency ? invoice.currency.toUpperCase() : "no currency" }],
    };
  }
  await markPaid();
  if (invoice.amount_paid <= 0) return { donationId: first.id, progressChanged: false, note: "renewal invoice took nothing: no donation" };
  const parent = await ctx.tx.donation.findUniqueOrThrow({
    where: { id: first.id },
    select: {
      campaignId: true,
      livemode: true,
      kind: true,
      quantity: true,
      amountPence: true,
      feePence: true,
      anonymous: true,
      emailConsent: true,
      donorEmail: true,
      donorName: true,
      giftAidDeclaration: { select: { id: true, scope: true } },
    },
  });
  // What the first gift charged, taken again: the same gift. Anything else: a gift of what was taken.
  const same = invoice.amount_paid === chargedPence(parent);
  const renewal = await ctx.tx.donation.create({
    data: {
      campaignId: parent.campaignId,
      // A renewal is made in its subscription's mode (the event's, checked in applyStripeEvent).
      livemode: parent.livemode,
      ...(same
        ? { kind: parent.kind, quantity: parent.quantity, amountPence: parent.amountPence, feePence: parent.feePence }
        : { kind: DonationKind.CUSTOM, quantity: 1, amountPence: invoice.amount_paid, feePence: 0 }),
      frequency: "MONTHLY",
      status: DonationStatus.PAID,
      paidAt: at,
      anonymous: parent.anonymous,
      emailConsent: parent.emailConsent,
      donorEmail: parent.donorEmail,
      donorName: parent.donorName,
      attemptKey: `renewal/${invoice.id}`,
      stripeInvoiceId: invoice.id,
      parentId: first.id,
      ...ids,
      ...(parent.giftAidDeclaration?.scope === GiftAidScope.ENDURING ? { giftAidDeclarationId: parent.giftAidDeclaration.id } : {}),
    },
    select: { id: true },
  });
  await queueReceipt(ctx, renewal.id, invoice.id);
  return { donationId: renewal.id, progressChanged: true };
}
