import type Stripe from "stripe";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { advanceDonation } from "../advance-donation";
import { queueReceipt } from "./queue-receipt";
import type { EventContext, EventEffect } from "./types";

const idOf = (value: string | { id: string } | null | undefined) => (value == null ? null : typeof value === "string" ? value : value.id);

/** The donation a session belongs to: our id in its metadata, or its client_reference_id. */
export function donationIdOf(session: Stripe.Checkout.Session): string | null {
  return session.metadata?.donationId ?? session.client_reference_id ?? null;
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
  if (donation.stripeSessionId && donation.stripeSessionId !== session.id) {
    return { donationId: donation.id, progressChanged: false, note: "session does not match the donation" };
  }

  const at = new Date(event.created * 1000);
  const learned = {
    stripeSessionId: session.id,
    ...(idOf(session.payment_intent) ? { stripePaymentIntentId: idOf(session.payment_intent) } : {}),
    ...(idOf(session.customer) ? { stripeCustomerId: idOf(session.customer) } : {}),
    ...(idOf(session.subscription) ? { stripeSubscriptionId: idOf(session.subscription) } : {}),
    ...(session.customer_details?.email ? { donorEmail: session.customer_details.email } : session.customer_email ? { donorEmail: session.customer_email } : {}),
    ...(session.customer_details?.name ? { donorName: session.customer_details.name } : {}),
  };

  let to: DonationStatus | null = null;
  if (event.type === "checkout.session.completed") {
    to = session.payment_status === "paid" || session.payment_status === "no_payment_required" ? DonationStatus.PAID : null;
  } else if (event.type === "checkout.session.async_payment_succeeded") {
    to = DonationStatus.PAID;
  } else if (event.type === "checkout.session.async_payment_failed") {
    to = DonationStatus.FAILED;
  } else if (event.type === "checkout.session.expired") {
    to = DonationStatus.EXPIRED;
  }

  if (!to) {
    await ctx.tx.donation.update({ where: { id: donation.id }, data: learned });
    return { donationId: donation.id, progressChanged: false, note: "payment processing" };
  }
  const changed = await advanceDonation(ctx.tx, donation, to, at, learned);
  if (changed && to === DonationStatus.PAID) await queueReceipt(ctx, donation.id, session.id);
  return { donationId: donation.id, progressChanged: changed && to === DonationStatus.PAID };
}
