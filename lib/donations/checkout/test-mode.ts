import "server-only";
import Stripe from "stripe";
import { db } from "@/lib/db";
import { webhookSecret } from "@/lib/stripe/webhook-secret";
import { payments, receiveStripeWebhook } from "../stripe-wiring";
import { testExpiryEvent, testPaymentEvents, testSubscriptionCancelledEvent } from "./test-mode-events";

export function isTestMode(): boolean {
  return payments().mode === "test";
}

/** A pending donation behind a built-in test checkout session, as the test page shows it. */
export async function findTestSession(sessionId: string) {
  if (!isTestMode() || !/^cs_test_local_[a-f0-9]{24}$/.test(sessionId)) return null;
  return db.donation.findUnique({
    where: { stripeSessionId: sessionId },
    select: { id: true, kind: true, quantity: true, amountPence: true, feePence: true, frequency: true, status: true, stripeSessionId: true },
  });
}

/** Signs an event with the webhook secret and hands it to the webhook: the same path as Stripe's. */
async function deliver(event: object) {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
  const result = await receiveStripeWebhook(payload, signature);
  if (result.status !== 200) throw new Error(`test-mode event was refused: ${result.status}`);
}

export async function payTestSession(sessionId: string, donor: { email: string; name: string }) {
  const donation = await findTestSession(sessionId);
  if (!donation || donation.status !== "PENDING") return false;
  const mode = donation.frequency === "MONTHLY" ? "subscription" : "payment";
  for (const event of testPaymentEvents({ id: sessionId, donationId: donation.id, mode, amountTotal: donation.amountPence + donation.feePence, ...donor })) {
    await deliver(event);
  }
  return true;
}

export async function cancelTestSession(sessionId: string) {
  const donation = await findTestSession(sessionId);
  if (!donation || donation.status !== "PENDING") return false;
  await deliver(
    testExpiryEvent({
      id: sessionId,
      donationId: donation.id,
      mode: donation.frequency === "MONTHLY" ? "subscription" : "payment",
      amountTotal: 0,
      email: "",
      name: "",
    }),
  );
  return true;
}

export async function cancelTestSubscription(donationId: string) {
  if (!isTestMode()) return false;
  const donation = await db.donation.findUnique({ where: { id: donationId }, select: { stripeSessionId: true, frequency: true, subscriptionEndedAt: true } });
  if (!donation?.stripeSessionId || donation.frequency !== "MONTHLY" || donation.subscriptionEndedAt) return false;
  await deliver(testSubscriptionCancelledEvent(donation.stripeSessionId, donationId));
  return true;
}
