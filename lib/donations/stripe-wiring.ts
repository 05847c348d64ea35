import "server-only";
import { revalidateTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/queue/site-boss";
import { stripeClient } from "@/lib/stripe/client";
import { paymentKeyMode } from "@/lib/stripe/payment-mode";
import { stripePayments, testModePayments, type Payments } from "@/lib/stripe/payments";
import { webhookSecret } from "@/lib/stripe/webhook-secret";
import { handleWebhook } from "./webhook/handle-webhook";
import { connectionTransactions, type RunInTransaction } from "./webhook/webhook-transaction";

// The webhook's own transactions (webhook-transaction.ts): a few connections of its own, made once.
const globalForWebhook = globalThis as unknown as { webhookTransactions?: RunInTransaction };
function webhookTransactions(): RunInTransaction {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  globalForWebhook.webhookTransactions ??= connectionTransactions(env.DATABASE_URL, { lanes: 4 });
  return globalForWebhook.webhookTransactions;
}

/** Stripe when configured, otherwise the built-in test mode. */
export function payments(): Payments {
  const stripe = stripeClient();
  return stripe ? stripePayments(stripe, paymentKeyMode(env.STRIPE_SECRET_KEY) === "live") : testModePayments(env.SITE_URL);
}

async function donationIdForPaymentIntent(paymentIntentId: string): Promise<string | null> {
  const stripe = stripeClient();
  if (!stripe) return null;
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
  return intent.metadata?.donationId ?? null;
}

async function invoiceIdForPaymentIntent(paymentIntentId: string): Promise<string | null> {
  const stripe = stripeClient();
  if (!stripe) return null;
  const { data } = await stripe.invoicePayments.list({ payment: { type: "payment_intent", payment_intent: paymentIntentId }, limit: 1 });
  const invoice = data[0]?.invoice;
  return typeof invoice === "string" ? invoice : (invoice?.id ?? null);
}

/** Expires the progress tag on every server, inside a Next.js request (the route handler). */
const expireProgressInNext = () => revalidateTag(tags.progress, { expire: 0 });

/**
 * The webhook as the running site uses it; when money moved, `expireProgress` expires the progress
 * tag on every server before the answer. The route handler (app/api/stripe/webhook) uses Next's
 * revalidateTag; the server entry, which answers the webhook before Next.js sees it
 * (lib/http/stripe-webhook.ts), has no Next request and writes the shared tag directly.
 */
export async function receiveStripeWebhook(rawBody: string, signature: string | null, expireProgress: () => void | Promise<void> = expireProgressInNext) {
  const result = await handleWebhook(db, rawBody, signature, {
    secret: webhookSecret(),
    transaction: webhookTransactions(),
    enqueue,
    donationIdForPaymentIntent,
    invoiceIdForPaymentIntent,
    log: (m) => console.error(m),
  });
  // Expire at once: the next visit to / or /api/progress shows the new total.
  if (result.progressChanged) await expireProgress();
  return result;
}
