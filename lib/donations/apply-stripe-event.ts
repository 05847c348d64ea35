import type Stripe from "stripe";
import type { Db } from "@/lib/db";
import { applyChargeRefunded } from "./events/charge-refunded";
import { applyCheckoutSessionEvent } from "./events/checkout-session";
import { applyInvoicePaid } from "./events/invoice-paid";
import { applySubscriptionDeleted } from "./events/subscription-deleted";
import type { EventContext, EventEffect } from "./events/types";

export type ApplyOutcome =
  | ({ outcome: "applied"; type: string } & EventEffect)
  | { outcome: "duplicate"; type: string }
  | { outcome: "ignored"; type: string };

export const handledEventTypes = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "charge.refunded",
  "invoice.paid",
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
    case "invoice.paid":
      return applyInvoicePaid(event, event.data.object, ctx);
    case "customer.subscription.deleted":
      return applySubscriptionDeleted(event, event.data.object, ctx);
    default:
      throw new Error(`unhandled event type ${event.type}`);
  }
}

/**
 * Applies one verified Stripe event exactly once. The event's id is recorded in the same
 * transaction as its effect: a second delivery finds it and changes nothing; a failure rolls
 * both back, so Stripe's retry applies it afresh.
 */
export async function applyStripeEvent(
  db: Db,
  event: Stripe.Event,
  deps: Omit<EventContext, "tx">,
): Promise<ApplyOutcome> {
  if (!(handledEventTypes as readonly string[]).includes(event.type)) return { outcome: "ignored", type: event.type };
  return db.$transaction(
    async (tx) => {
      // ON CONFLICT DO NOTHING: a concurrent delivery of the same event waits here for the first
      // to commit (then finds it recorded) or roll back (then applies it itself).
      const { count } = await tx.stripeEvent.createMany({
        data: [{ id: event.id, type: event.type, createdAt: new Date(event.created * 1000) }],
        skipDuplicates: true,
      });
      if (count === 0) return { outcome: "duplicate" as const, type: event.type };
      const effect = await dispatch(event, { tx, ...deps });
      if (effect.donationId) await tx.stripeEvent.update({ where: { id: event.id }, data: { donationId: effect.donationId } });
      return { outcome: "applied" as const, type: event.type, ...effect };
    },
    { timeout: 15_000 },
  );
}
