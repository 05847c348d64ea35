import type Stripe from "stripe";
import type { Db } from "@/lib/db";
import { lockDonation, recordEventLockingDonation, type Tx } from "./advance-donation";
import { applyChargeDispute } from "./events/charge-dispute";
import { applyChargeRefunded } from "./events/charge-refunded";
import { applyCheckoutSessionEvent, donationIdOf } from "./events/checkout-session";
import { applyInvoicePaid, donationIdOfInvoice } from "./events/invoice-paid";
import { applyInvoicePaymentFailed } from "./events/invoice-payment-failed";
import { applySubscriptionDeleted } from "./events/subscription-deleted";
import { checkLivemode } from "./events/check-payment";
import type { EventContext, EventDeps, EventEffect, Mismatch } from "./events/types";
import { interactiveTransactions, type RunInTransaction } from "./webhook-transaction";

export type ApplyOutcome =
  | ({ outcome: "applied"; type: string } & EventEffect)
  | { outcome: "duplicate"; type: string }
  | { outcome: "ignored"; type: string }
  /** Recorded, with its donation and a PaymentProblem saying why, but not applied. */
  | { outcome: "refused"; type: string; donationId: string; note: string };

/**
 * A live event for a test donation, or a test event for a live one, changes nothing: a test
 * payment must never mark a real gift paid (nor a live one a test gift, which then would count
 * nowhere). Nor does a payment of another amount, currency or Checkout Session than the
 * donation's (the handlers check those). Either way the event stays recorded against the
 * donation, with a PaymentProblem staff see on /admin/donations, and the webhook logs it.
 */
async function refuse(tx: Tx, event: Stripe.Event, donationId: string, mismatches: Mismatch[]) {
  await tx.paymentProblem.create({
    data: {
      stripeEventId: event.id,
      eventType: event.type,
      donationId,
      kinds: mismatches.map((m) => m.what).join(","),
      expected: mismatches.map((m) => `${m.what}: ${m.expected}`).join("; "),
      received: mismatches.map((m) => `${m.what}: ${m.received}`).join("; "),
      occurredAt: new Date(event.created * 1000),
    },
    select: { id: true },
  });
  const note = `not applied: ${mismatches.map((m) => `${m.what}: expected ${m.expected}, received ${m.received}`).join("; ")}`;
  return { outcome: "refused" as const, type: event.type, donationId, note };
}

/**
 * Every event type the webhook applies: the one list. `npm run stripe:setup` subscribes the
 * endpoint to exactly these; any other type is acknowledged and ignored.
 */
export const handledEventTypes = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "charge.refunded",
  "charge.dispute.created",
  "charge.dispute.updated",
  "charge.dispute.closed",
  "charge.dispute.funds_withdrawn",
  "charge.dispute.funds_reinstated",
  "invoice.paid",
  "invoice.payment_failed",
  "customer.subscription.deleted",
] as const;

function dispatch(event: Stripe.Event, ctx: EventContext): Promise<EventEffect> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired":
      return applyCheckoutSessionEvent(event, event.data.object, ctx);
    case "charge.refunded":
      return applyChargeRefunded(event, event.data.object, ctx);
    case "charge.dispute.created":
    case "charge.dispute.updated":
    case "charge.dispute.closed":
    case "charge.dispute.funds_withdrawn":
    case "charge.dispute.funds_reinstated":
      return applyChargeDispute(event, event.data.object, ctx);
    case "invoice.paid":
      return applyInvoicePaid(event, event.data.object, ctx);
    case "invoice.payment_failed":
      return applyInvoicePaymentFailed(event, event.data.object, ctx);
    case "customer.subscription.deleted":
      return applySubscriptionDeleted(event, event.data.object, ctx);
    default:
      throw new Error(`unhandled event type ${event.type}`);
  }
}

/**
 * The donation an event names in its own metadata, which its handler will lock: locked as the
 * event is recorded. Refunds name none (their donation is found by payment intent), and a
 * cancelled subscription only reads its donation.
 */
function namedDonationId(event: Stripe.Event): string | null {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
    case "checkout.session.expired":
      return donationIdOf(event.data.object);
    case "invoice.paid":
    case "invoice.payment_failed":
      return donationIdOfInvoice(event.data.object);
    default:
      return null;
  }
}

/**
 * Applies one verified Stripe event exactly once. The event's id is recorded in the same
 * transaction as its effect: a second delivery finds it and changes nothing; a failure rolls
 * both back, so Stripe's retry applies it afresh.
 *
 * A paid checkout is three prepared statements of plain SQL (`sql`, without Prisma's query
 * machinery) between BEGIN and COMMIT: the event recorded with its donation locked (one
 * statement), the donation's update, the queued receipt. The transaction is `deps.transaction`
 * (the site passes connectionTransactions(), the fast path, where that is two round trips: BEGIN
 * with the first statement, the other two with COMMIT; see webhook-transaction.ts), or else
 * Prisma's interactive one (five).
 */
export async function applyStripeEvent(db: Db, event: Stripe.Event, deps: EventDeps & { transaction?: RunInTransaction }): Promise<ApplyOutcome> {
  if (!(handledEventTypes as readonly string[]).includes(event.type)) return { outcome: "ignored", type: event.type };
  const { transaction = interactiveTransactions(db), ...handlerDeps } = deps;
  return transaction(async (tx, sql): Promise<ApplyOutcome> => {
    const named = namedDonationId(event);
    const { recorded, donation } = await recordEventLockingDonation(sql, { id: event.id, type: event.type, createdAt: new Date(event.created * 1000) }, named);
    if (!recorded) return { outcome: "duplicate" as const, type: event.type };
    const namedMismatch = donation ? checkLivemode(donation, event) : [];
    if (donation && namedMismatch.length) return refuse(tx, event, donation.id, namedMismatch);
    // Donations a handler finds another way (a refund's, by payment intent) are checked as
    // they are locked: a mismatched one reads as none of ours, so nothing is written.
    let refused: { donationId: string; mismatches: Mismatch[] } | null = null;
    const effect = await dispatch(event, {
      ...handlerDeps,
      tx,
      sql,
      lockDonation: async (id) => {
        const locked = donation && id === donation.id ? donation : await lockDonation(tx, id);
        const mismatches = locked ? checkLivemode(locked, event) : [];
        if (!locked || !mismatches.length) return locked;
        refused = { donationId: locked.id, mismatches };
        return null;
      },
    });
    if (!refused && effect.donationId && effect.mismatches?.length) refused = { donationId: effect.donationId, mismatches: effect.mismatches };
    if (refused) {
      const { donationId, mismatches } = refused;
      if (donationId !== (donation?.id ?? null)) await tx.stripeEvent.update({ where: { id: event.id }, data: { donationId } });
      return refuse(tx, event, donationId, mismatches);
    }
    // The event row already points at the donation it named; a renewal, a refund or a
    // subscription's donation is linked here.
    if (effect.donationId !== (donation?.id ?? null)) {
      await tx.stripeEvent.update({ where: { id: event.id }, data: { donationId: effect.donationId } });
    }
    return { outcome: "applied" as const, type: event.type, ...effect };
  });
}
