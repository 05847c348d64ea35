import crypto from "node:crypto";
import { STRIPE_API_VERSION } from "@/lib/stripe/api-version";

// Events the built-in test mode sends, shaped like Stripe's own (only the fields this site
// reads are filled in), so they go through exactly the webhook code real events do.

type TestSession = { id: string; donationId: string; mode: "payment" | "subscription"; amountTotal: number; email: string; name: string };

const idFor = (prefix: string, seed: string) => `${prefix}_test_local_${crypto.createHash("sha256").update(seed).digest("hex").slice(0, 24)}`;

function event(type: string, object: Record<string, unknown>) {
  return {
    id: `evt_test_local_${crypto.randomBytes(12).toString("hex")}`,
    object: "event",
    // The version the webhook reads: events of any other are refused (handle-webhook.ts).
    api_version: STRIPE_API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 0,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

function session(s: TestSession, status: "complete" | "expired", paid: boolean) {
  const subscription = s.mode === "subscription" ? idFor("sub", s.id) : null;
  return {
    id: s.id,
    object: "checkout.session",
    mode: s.mode,
    status,
    payment_status: paid ? "paid" : "unpaid",
    amount_total: s.amountTotal,
    currency: "gbp",
    client_reference_id: s.donationId,
    metadata: { donationId: s.donationId },
    customer: s.mode === "subscription" ? idFor("cus", s.id) : null,
    customer_details: status === "complete" ? { email: s.email, name: s.name } : null,
    customer_email: null,
    payment_intent: s.mode === "payment" && paid ? idFor("pi", s.id) : null,
    subscription,
  };
}

/** What Stripe sends when a donor pays: the completed session, and for monthly gifts the first invoice. */
export function testPaymentEvents(s: TestSession) {
  const events = [event("checkout.session.completed", session(s, "complete", true))];
  if (s.mode === "subscription") {
    events.push(
      event("invoice.paid", {
        id: idFor("in", s.id),
        object: "invoice",
        billing_reason: "subscription_create",
        amount_paid: s.amountTotal,
        currency: "gbp",
        customer: idFor("cus", s.id),
        parent: { type: "subscription_details", subscription_details: { subscription: idFor("sub", s.id), metadata: { donationId: s.donationId } } },
      }),
    );
  }
  return events;
}

/** What Stripe sends when an abandoned session runs out. */
export function testExpiryEvent(s: TestSession) {
  return event("checkout.session.expired", session(s, "expired", false));
}

/** What Stripe sends when a monthly gift is cancelled. */
export function testSubscriptionCancelledEvent(sessionId: string, donationId: string) {
  return event("customer.subscription.deleted", { id: idFor("sub", sessionId), object: "subscription", status: "canceled", metadata: { donationId } });
}
