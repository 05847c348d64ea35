import type Stripe from "stripe";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { advanceFromSession, type SessionLearned } from "../advance-donation";
import { sessionEventStatus } from "../donation-status";
import { checkAmount, checkSession } from "./check-payment";
import { queueReceipt } from "./queue-receipt";
import type { EventContext, EventEffect } from "./types";

const idOf = (value: string | { id: string } | null | undefined) => (value == null ? null : typeof value === "string" ? value : value.id);

/**
 * The donation a session names: our id in its metadata, which only a session our checkout made
 * carries. Never its client_reference_id, which anyone can set on a Payment Link.
 */
export function donationIdOf(session: Stripe.Checkout.Session): string | null {
  return session.metadata?.donationId ?? null;
}

/**
 * checkout.session.completed, checkout.session.async_payment_succeeded, …_failed, …expired.
 * A completed session is paid, or (for slower payment methods) still processing: it stays
 * pending until async_payment_succeeded or _failed.
 */
export async function applyCheckoutSessionEvent(event: Stripe.Event, session: Stripe.Checkout.Session, ctx: EventContext): Promise<EventEffect> {
  const donationId = donationIdOf(session);
  const donation = donationId ? await ctx.lockDonation(donationId) : null;
  if (!donation) return { donationId: null, progressChanged: false, note: "not one of our donations" };
  const to = sessionEventStatus(event.type, session.payment_status);
  if (to === DonationStatus.PAID) {
    // A payment is applied only as the donation asked for it: its own session, the amount the
    // donor was charged, in pounds. Anything else is a problem for staff, never a paid gift.
    const mismatches = [...checkSession(donation, session), ...checkAmount(donation, { amount: session.amount_total, currency: session.currency })];
    if (mismatches.length) return { donationId: donation.id, progressChanged: false, mismatches };
  } else if (donation.stripeSessionId !== session.id) {
    // Another session's news (it expired, it failed) says nothing about this donation.
    return { donationId: donation.id, progressChanged: false, note: "session does not match the donation" };
  }

  const at = new Date(event.created * 1000);
  // What the session says; left out (null), a column keeps what it has.
  const learned: SessionLearned = {
    stripeSessionId: session.id,
    stripePaymentIntentId: idOf(session.payment_intent) || null,
    stripeCustomerId: idOf(session.customer) || null,
    stripeSubscriptionId: idOf(session.subscription) || null,
    donorEmail: session.customer_details?.email || session.customer_email || null,
    donorName: session.customer_details?.name || null,
  };

  // One prepared statement either way (every paid checkout runs it), in the event's transaction,
  // sent with its COMMIT: nothing after it here needs its answer.
  const changed = await advanceFromSession(ctx.sql.atCommit, donation, to, at, learned);
  if (!to) return { donationId: donation.id, progressChanged: false, note: "payment processing" };
  if (changed && to === DonationStatus.PAID) await queueReceipt(ctx, donation.id, session.id);
  return { donationId: donation.id, progressChanged: changed && to === DonationStatus.PAID };
}
