// Stripe does not promise to deliver events in the order they happened. A donation only moves
// forward (pending → expired/failed → paid → refunded), so every order of the same events must
// end in the same state. Checkout goes through the app's own stripePayments() against the local
// fake of Stripe's API; the events are built from what the fake then holds, signed, and sent
// through the whole webhook one at a time, in each order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Stripe from "stripe";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { queues } from "@/lib/queue/jobs";
import type { CheckoutCampaign } from "@/lib/donations/checkout/start-checkout";
import { stripePayments, type Payments } from "@/lib/stripe/payments";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import { jobsFor, recordingEnqueue } from "../../support/newsletter-fixtures";
import {
  charge,
  chargeRefundedEvent,
  checkoutEvent,
  checkoutSession,
  invoice,
  invoicePaidEvent,
  nowSeconds,
  sessionFromFake,
  stripeId,
  subscription,
  subscriptionDeletedEvent,
  type CheckoutEventType,
} from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { checkoutCampaign, checkoutWithStripe, deliver, permutations, seedCampaign, type CheckoutChoice, type PendingDonation } from "./fixtures";

/** These donations are made in test mode (fake Stripe, test keys): a test-mode site counts them. */
const TEST_MODE = { livemode: false };

const SECRET_KEY = "sk_test_donation_ordering";

let t: TestDatabase;
let campaign: CheckoutCampaign;
let fake: FakeStripe;
let stripe: Stripe;
let payments: Payments;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedCampaign(t);
  campaign = await checkoutCampaign(t.db);
  fake = await startFakeStripe({ secretKey: SECRET_KEY });
  stripe = new Stripe(SECRET_KEY, { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries: 0 });
  payments = stripePayments(stripe, false);
});

afterAll(async () => {
  await fake?.close();
  await t?.drop();
});

/** As the running site finds a payment's donation: the PaymentIntent's metadata, from Stripe. */
function intentLookup() {
  const asked: string[] = [];
  const lookup = async (paymentIntentId: string) => {
    asked.push(paymentIntentId);
    const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
    return intent.metadata?.donationId ?? null;
  };
  return { lookup, asked };
}

const donation = (d: PendingDonation) => t.db.donation.findUniqueOrThrow({ where: { id: d.id } });

/** A one-off gift the donor has just paid for on Stripe's page (or started paying, `paid: false`). */
async function oneOffPaidOnStripe(choice: CheckoutChoice, options: { paid?: boolean } = {}) {
  const pending = await checkoutWithStripe(t.db, payments, campaign, choice);
  const completed = sessionFromFake(fake.complete(pending.sessionId, { paid: options.paid ?? true, email: "ada@example.org", name: "Ada Lovelace" }));
  const paymentIntent = typeof completed.payment_intent === "string" ? completed.payment_intent : "";
  expect(paymentIntent).toMatch(/^pi_test_/);
  return { pending, completed, paymentIntent };
}

describe("completed (paid), async_payment_succeeded and a full refund, in every order", () => {
  type Step = "completed" | "async_payment_succeeded" | "refunded";
  const orders = permutations<Step>(["completed", "async_payment_succeeded", "refunded"]);
  const receiptsByOrder = new Map<string, number>();

  async function run(order: Step[]) {
    const { pending, completed, paymentIntent } = await oneOffPaidOnStripe({ gift: "coat", quantity: 3, coverFee: true });
    expect(pending).toMatchObject({ kind: DonationKind.COAT, quantity: 3, amountPence: 3 * campaign.coatPricePence, feePence: expect.any(Number) });
    expect(pending.feePence).toBeGreaterThan(0);
    const charged = pending.amountPence + pending.feePence;
    expect(completed.amount_total).toBe(charged);
    const t0 = nowSeconds() - 600;
    const events = {
      completed: checkoutEvent("checkout.session.completed", completed, { created: t0 }),
      async_payment_succeeded: checkoutEvent("checkout.session.async_payment_succeeded", completed, { created: t0 + 5 }),
      refunded: chargeRefundedEvent(charge({ paymentIntent, amount: charged, amountRefunded: charged }), { created: t0 + 120 }),
    };
    const recorded = recordingEnqueue();
    const { lookup, asked } = intentLookup();
    for (const step of order) {
      const result = await deliver(t, events[step], { enqueue: recorded.enqueue, donationIdForPaymentIntent: lookup });
      expect(result, step).toMatchObject({ status: 200, body: { received: true, outcome: "applied" } });
    }
    return { pending, paymentIntent, events, receipts: jobsFor(recorded.jobs, queues.donationReceipt), asked };
  }

  it.each(orders.map((o) => [o.join(" → "), o] as const))("%s ends REFUNDED, paid and refunded in full", async (label, order) => {
    const { pending, paymentIntent, events, receipts, asked } = await run(order);
    const d = await donation(pending);
    expect(d).toMatchObject({
      status: DonationStatus.REFUNDED,
      refundedPence: d.amountPence,
      refundedAt: new Date(events.refunded.created * 1000),
      paidAt: expect.any(Date),
      stripePaymentIntentId: paymentIntent,
      stripeSessionId: pending.sessionId,
    });
    // The refund asked Stripe whose payment it was only when the donation did not know yet.
    expect(asked).toEqual(order[0] === "refunded" ? [paymentIntent] : []);
    expect(await t.db.stripeEvent.count({ where: { donationId: pending.id } })).toBe(3);
    // Never two receipts for one payment.
    expect(receipts.length).toBeLessThanOrEqual(1);
    if (receipts.length === 1) expect(receipts[0]).toEqual({ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` });
    receiptsByOrder.set(label, receipts.length);
  });

  // Whichever event records the payment queues its receipt, under the payment's key: every order
  // of delivery ends with exactly one.
  it("every order queues exactly one receipt for the payment", async () => {
    for (const order of orders) {
      const { pending, receipts } = await run(order);
      expect(receipts, order.join(" → ")).toEqual([{ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` }]);
    }
  });

  it("a payment event before the refund always queues its receipt", () => {
    expect(receiptsByOrder.size).toBe(6);
    for (const [label, count] of receiptsByOrder) if (!label.startsWith("refunded")) expect(count, label).toBe(1);
  });
});

describe("a delayed payment that fails", () => {
  it.each([
    ["completed (unpaid) → async_payment_failed", ["checkout.session.completed", "checkout.session.async_payment_failed"]],
    ["async_payment_failed → completed (unpaid)", ["checkout.session.async_payment_failed", "checkout.session.completed"]],
  ] as [string, CheckoutEventType[]][])("%s ends FAILED", async (_label, order) => {
    const { pending, completed, paymentIntent } = await oneOffPaidOnStripe({ gift: "pack", quantity: 2 }, { paid: false });
    expect(completed.payment_status).toBe("unpaid");
    const t0 = nowSeconds() - 900;
    const recorded = recordingEnqueue();
    for (const [i, type] of order.entries()) {
      const result = await deliver(t, checkoutEvent(type, completed, { created: t0 + (type === "checkout.session.async_payment_failed" ? 300 : 0) }), {
        enqueue: recorded.enqueue,
      });
      expect(result).toMatchObject({ status: 200, body: { outcome: "applied" }, progressChanged: false });
      if (i === 0 && type === "checkout.session.completed") {
        // Completed but unpaid: still pending, with the payment intent learned ("processing").
        expect(await donation(pending)).toMatchObject({ status: DonationStatus.PENDING, stripePaymentIntentId: paymentIntent, paidAt: null });
      }
    }
    expect(await donation(pending)).toMatchObject({
      status: DonationStatus.FAILED,
      failedAt: new Date((t0 + 300) * 1000),
      paidAt: null,
      stripePaymentIntentId: paymentIntent,
    });
    expect(recorded.jobs).toEqual([]);
  });

  it("completed (unpaid) → async_payment_succeeded ends PAID with one receipt", async () => {
    const { pending, completed } = await oneOffPaidOnStripe({ gift: "custom", amount: "40" }, { paid: false });
    const recorded = recordingEnqueue();
    const t0 = nowSeconds() - 900;
    await deliver(t, checkoutEvent("checkout.session.completed", completed, { created: t0 }), { enqueue: recorded.enqueue });
    const paid = checkoutSession({ ...completedFields(completed), paymentStatus: "paid" });
    expect(
      (await deliver(t, checkoutEvent("checkout.session.async_payment_succeeded", paid, { created: t0 + 300 }), { enqueue: recorded.enqueue })).progressChanged,
    ).toBe(true);
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.PAID, paidAt: new Date((t0 + 300) * 1000) });
    expect(jobsFor(recorded.jobs, queues.donationReceipt)).toEqual([{ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` }]);
  });
});

/** The options that rebuild `s` with checkoutSession(). */
function completedFields(s: Stripe.Checkout.Session) {
  const id = (v: string | { id: string } | null) => (v === null ? null : typeof v === "string" ? v : v.id);
  return {
    id: s.id,
    donationId: s.metadata?.donationId ?? "",
    mode: s.mode === "subscription" ? ("subscription" as const) : ("payment" as const),
    amountTotal: s.amount_total ?? 0,
    paymentIntent: id(s.payment_intent),
    customer: id(s.customer),
    subscription: id(s.subscription),
    invoice: id(s.invoice),
    email: s.customer_details?.email ?? null,
    customerEmail: s.customer_email,
    created: s.created,
  };
}

describe("completed (paid) and expired, either order", () => {
  it.each([["completed → expired"], ["expired → completed"]])("%s ends PAID", async (label) => {
    const { pending, completed } = await oneOffPaidOnStripe({ gift: "coat", quantity: 1 });
    const expired = checkoutSession({ ...completedFields(completed), status: "expired", paymentStatus: "unpaid", paymentIntent: null, email: null });
    const t0 = nowSeconds() - 1200;
    const events = {
      completed: checkoutEvent("checkout.session.completed", completed, { created: t0 }),
      expired: checkoutEvent("checkout.session.expired", expired, { created: t0 + 60 }),
    };
    const order = label.startsWith("completed") ? [events.completed, events.expired] : [events.expired, events.completed];
    const recorded = recordingEnqueue();
    for (const event of order) expect((await deliver(t, event, { enqueue: recorded.enqueue })).status).toBe(200);
    const d = await donation(pending);
    expect(d).toMatchObject({ status: DonationStatus.PAID, paidAt: new Date(t0 * 1000) });
    // Expired first leaves its stamp; it cannot undo the payment that follows.
    expect(d.expiredAt).toEqual(label.startsWith("expired") ? new Date((t0 + 60) * 1000) : null);
    expect(jobsFor(recorded.jobs, queues.donationReceipt)).toEqual([{ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` }]);
  });
});

describe("a refund that arrives before any completion", () => {
  it("finds the donation through Stripe's payment intent and ends REFUNDED; the late completion changes nothing", async () => {
    const { pending, completed, paymentIntent } = await oneOffPaidOnStripe({ gift: "coat", quantity: 2 });
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.PENDING, stripePaymentIntentId: null });
    const { lookup, asked } = intentLookup();
    const recorded = recordingEnqueue();
    const t0 = nowSeconds() - 600;
    const refund = chargeRefundedEvent(charge({ paymentIntent, amount: pending.amountPence, amountRefunded: pending.amountPence }), { created: t0 + 60 });

    const result = await deliver(t, refund, { enqueue: recorded.enqueue, donationIdForPaymentIntent: lookup });
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "applied" }, progressChanged: true });
    expect(asked).toEqual([paymentIntent]);
    expect(fake.requests.filter((r) => r.path === `/v1/payment_intents/${paymentIntent}`).map((r) => r.status)).toEqual([200]);
    const refunded = await donation(pending);
    expect(refunded).toMatchObject({
      status: DonationStatus.REFUNDED,
      refundedPence: pending.amountPence,
      stripePaymentIntentId: paymentIntent,
      paidAt: new Date((t0 + 60) * 1000),
      refundedAt: new Date((t0 + 60) * 1000),
    });
    expect(await t.db.stripeEvent.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ donationId: pending.id });

    await deliver(t, checkoutEvent("checkout.session.completed", completed, { created: t0 }), {
      enqueue: recorded.enqueue,
      donationIdForPaymentIntent: lookup,
    });
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.REFUNDED, refundedPence: pending.amountPence, refundedAt: refunded.refundedAt });
    expect(asked).toHaveLength(1);
  });

  it("a partial refund first is kept, and the completion then pays the rest", async () => {
    const { pending, completed, paymentIntent } = await oneOffPaidOnStripe({ gift: "pack", quantity: 3 });
    const { lookup } = intentLookup();
    const recorded = recordingEnqueue();
    const before = await computeCampaignProgress(t.db, TEST_MODE);
    await deliver(t, chargeRefundedEvent(charge({ paymentIntent, amount: pending.amountPence, amountRefunded: 900 })), {
      enqueue: recorded.enqueue,
      donationIdForPaymentIntent: lookup,
    });
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.PENDING, refundedPence: 900, stripePaymentIntentId: paymentIntent });
    await deliver(t, checkoutEvent("checkout.session.completed", completed), { enqueue: recorded.enqueue, donationIdForPaymentIntent: lookup });
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.PAID, refundedPence: 900, refundedAt: null });
    const after = await computeCampaignProgress(t.db, TEST_MODE);
    expect(after?.raisedPence).toBe((before?.raisedPence ?? 0) + pending.amountPence - 900);
    expect(after?.donationCount).toBe((before?.donationCount ?? 0) + 1);
    expect(jobsFor(recorded.jobs, queues.donationReceipt)).toHaveLength(1);
  });
});

describe("several refunds of one charge", () => {
  it.each([
    ["£5 → £12 → full", [500, 1200, "full"]],
    ["full → £12 → £5", ["full", 1200, 500]],
    ["£12 → full → £5", [1200, "full", 500]],
    ["£12 → £5", [1200, 500]],
  ] as [string, (number | "full")[]][])("%s: the largest running total wins, and a full refund is final", async (_label, steps) => {
    const { pending, completed, paymentIntent } = await oneOffPaidOnStripe({ gift: "coat", quantity: 2 });
    const recorded = recordingEnqueue();
    await deliver(t, checkoutEvent("checkout.session.completed", completed), { enqueue: recorded.enqueue });
    const chargeId = stripeId("ch_");
    for (const step of steps) {
      const refunded = step === "full" ? pending.amountPence : step;
      await deliver(t, chargeRefundedEvent(charge({ id: chargeId, paymentIntent, amount: pending.amountPence, amountRefunded: refunded })), {
        enqueue: recorded.enqueue,
      });
    }
    const full = steps.includes("full");
    expect(await donation(pending)).toMatchObject({
      status: full ? DonationStatus.REFUNDED : DonationStatus.PAID,
      refundedPence: full ? pending.amountPence : 1200,
      refundedAt: full ? expect.any(Date) : null,
    });
  });
});

describe("monthly gifts", () => {
  /** A monthly gift the donor has just set up on Stripe's page, with its first invoice. */
  async function monthlyOnStripe(choice: CheckoutChoice) {
    const pending = await checkoutWithStripe(t.db, payments, campaign, { ...choice, monthly: true });
    expect(pending.frequency).toBe(DonationFrequency.MONTHLY);
    const completed = sessionFromFake(fake.complete(pending.sessionId, { email: "grace@example.org", name: "Grace Hopper" }));
    const sub = fake.subscriptions.find((s) => s.id === completed.subscription);
    if (!sub || typeof completed.invoice !== "string" || typeof completed.customer !== "string") throw new Error("fake Stripe made no subscription");
    expect(sub.metadata).toEqual({ donationId: pending.id });
    const invoiceFields = {
      subscription: sub.id,
      donationId: sub.metadata.donationId ?? "",
      customer: completed.customer,
      amount: completed.amount_total ?? 0,
    };
    return { pending, completed, sub, invoiceFields, firstInvoice: completed.invoice };
  }

  it.each([["invoice.paid → checkout.session.completed"], ["checkout.session.completed → invoice.paid"]])(
    "%s (subscription_create): one PAID donation, one receipt",
    async (label) => {
      const { pending, completed, sub, invoiceFields, firstInvoice } = await monthlyOnStripe({ gift: "coat", quantity: 1 });
      const events = {
        completed: checkoutEvent("checkout.session.completed", completed),
        invoice: invoicePaidEvent(invoice({ ...invoiceFields, id: firstInvoice, billingReason: "subscription_create" })),
      };
      const order = label.startsWith("invoice") ? [events.invoice, events.completed] : [events.completed, events.invoice];
      const recorded = recordingEnqueue();
      const progress = [];
      for (const event of order) {
        expect((await deliver(t, event, { enqueue: recorded.enqueue })).status).toBe(200);
        progress.push(await computeCampaignProgress(t.db, TEST_MODE));
      }
      expect(await t.db.donation.findMany({ where: { stripeSubscriptionId: sub.id } })).toEqual([
        expect.objectContaining({
          id: pending.id,
          status: DonationStatus.PAID,
          stripeInvoiceId: firstInvoice,
          stripeCustomerId: invoiceFields.customer,
          parentId: null,
          paidAt: expect.any(Date),
        }),
      ]);
      expect(jobsFor(recorded.jobs, queues.donationReceipt)).toEqual([{ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` }]);
      // Counted once: the second event changes no total.
      expect(progress[1]).toEqual(progress[0]);
    },
  );

  it("a renewal that arrives before the first payment is a donation of its own; the first still pays the gift", async () => {
    const { pending, completed, invoiceFields, firstInvoice } = await monthlyOnStripe({ gift: "pack", quantity: 1 });
    const renewalInvoice = stripeId("in_");
    const recorded = recordingEnqueue();
    const renewal = invoicePaidEvent(invoice({ ...invoiceFields, id: renewalInvoice, billingReason: "subscription_cycle" }));
    for (const event of [
      renewal,
      invoicePaidEvent(invoice({ ...invoiceFields, id: firstInvoice, billingReason: "subscription_create" })),
      checkoutEvent("checkout.session.completed", completed),
      renewal,
    ]) {
      expect((await deliver(t, event, { enqueue: recorded.enqueue })).status).toBe(200);
    }
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.PAID, stripeInvoiceId: firstInvoice });
    expect(await t.db.donation.findMany({ where: { parentId: pending.id } })).toEqual([
      expect.objectContaining({
        status: DonationStatus.PAID,
        stripeInvoiceId: renewalInvoice,
        amountPence: pending.amountPence,
        attemptKey: `renewal/${renewalInvoice}`,
      }),
    ]);
    expect(
      jobsFor(recorded.jobs, queues.donationReceipt)
        .map((j) => j.idempotencyKey)
        .sort(),
    ).toEqual([`receipt/${pending.sessionId}`, `receipt/${renewalInvoice}`].sort());
  });

  it("customer.subscription.deleted sets subscriptionEndedAt and leaves the payments alone", async () => {
    const { pending, completed, sub, invoiceFields, firstInvoice } = await monthlyOnStripe({ gift: "coat", quantity: 2 });
    const recorded = recordingEnqueue();
    const renewals = [stripeId("in_"), stripeId("in_")];
    for (const event of [
      checkoutEvent("checkout.session.completed", completed),
      invoicePaidEvent(invoice({ ...invoiceFields, id: firstInvoice, billingReason: "subscription_create" })),
      ...renewals.map((id) => invoicePaidEvent(invoice({ ...invoiceFields, id, billingReason: "subscription_cycle" }))),
    ]) {
      await deliver(t, event, { enqueue: recorded.enqueue });
    }
    const before = await t.db.donation.findMany({ where: { OR: [{ id: pending.id }, { parentId: pending.id }] }, orderBy: { createdAt: "asc" } });
    expect(before.map((d) => d.status)).toEqual([DonationStatus.PAID, DonationStatus.PAID, DonationStatus.PAID]);
    const progressBefore = await computeCampaignProgress(t.db, TEST_MODE);

    const cancelledAt = nowSeconds() - 30;
    const cancelled = subscription({
      id: sub.id,
      customer: sub.customer,
      donationId: pending.id,
      amount: invoiceFields.amount,
      canceledAt: cancelledAt,
      latestInvoice: renewals[1],
    });
    const deleted = subscriptionDeletedEvent(cancelled, { created: cancelledAt });
    expect(await deliver(t, deleted, { enqueue: recorded.enqueue })).toEqual({
      status: 200,
      body: { received: true, outcome: "applied" },
      progressChanged: false,
    });

    const after = await t.db.donation.findMany({ where: { OR: [{ id: pending.id }, { parentId: pending.id }] }, orderBy: { createdAt: "asc" } });
    expect(after[0]).toEqual({ ...before[0], subscriptionEndedAt: new Date(cancelledAt * 1000), updatedAt: expect.any(Date) });
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(await computeCampaignProgress(t.db, TEST_MODE)).toEqual(progressBefore);
    expect(await t.db.stripeEvent.findUniqueOrThrow({ where: { id: deleted.id } })).toMatchObject({ donationId: pending.id });

    // Redelivered: a duplicate. Another (later) deletion event: the first end date stands.
    expect((await deliver(t, deleted, { enqueue: recorded.enqueue })).body.outcome).toBe("duplicate");
    await deliver(t, subscriptionDeletedEvent(cancelled, { created: cancelledAt + 20 }), { enqueue: recorded.enqueue });
    expect((await donation(pending)).subscriptionEndedAt).toEqual(new Date(cancelledAt * 1000));
    expect(jobsFor(recorded.jobs, queues.donationReceipt)).toHaveLength(3);
  });

  // A monthly payment's PaymentIntent carries no donation id: the refund is traced through the
  // invoice it paid (Stripe's invoice payments), and each paid invoice is a donation we recorded.
  it("a monthly payment refunded in full comes off the total", async () => {
    const { pending, completed, invoiceFields, firstInvoice } = await monthlyOnStripe({ gift: "coat", quantity: 1 });
    const recorded = recordingEnqueue();
    await deliver(t, checkoutEvent("checkout.session.completed", completed), { enqueue: recorded.enqueue });
    await deliver(t, invoicePaidEvent(invoice({ ...invoiceFields, id: firstInvoice, billingReason: "subscription_create" })), { enqueue: recorded.enqueue });
    const before = await computeCampaignProgress(t.db, TEST_MODE);
    // The invoice's PaymentIntent, as Stripe holds it: no donationId in its metadata.
    const invoiceIntent = stripeId("pi_");
    const refund = chargeRefundedEvent(
      charge({ paymentIntent: invoiceIntent, amount: invoiceFields.amount, amountRefunded: invoiceFields.amount, customer: invoiceFields.customer }),
    );
    const invoiceIdForPaymentIntent = async (id: string) => (id === invoiceIntent ? firstInvoice : null);
    expect((await deliver(t, refund, { enqueue: recorded.enqueue, donationIdForPaymentIntent: async () => null, invoiceIdForPaymentIntent })).status).toBe(200);
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.REFUNDED, refundedPence: pending.amountPence });
    expect((await computeCampaignProgress(t.db, TEST_MODE))?.raisedPence).toBe((before?.raisedPence ?? 0) - pending.amountPence);
  });

  it("customer.subscription.deleted before the checkout completes still ends the gift, and the payment still counts", async () => {
    const { pending, completed, sub, invoiceFields } = await monthlyOnStripe({ gift: "custom", amount: "15" });
    const recorded = recordingEnqueue();
    const cancelledAt = nowSeconds() - 10;
    await deliver(
      t,
      subscriptionDeletedEvent(
        subscription({ id: sub.id, customer: sub.customer, donationId: pending.id, amount: invoiceFields.amount, canceledAt: cancelledAt }),
        { created: cancelledAt },
      ),
      { enqueue: recorded.enqueue },
    );
    expect(await donation(pending)).toMatchObject({
      status: DonationStatus.PENDING,
      subscriptionEndedAt: new Date(cancelledAt * 1000),
      stripeSubscriptionId: sub.id,
    });
    await deliver(t, checkoutEvent("checkout.session.completed", completed), { enqueue: recorded.enqueue });
    expect(await donation(pending)).toMatchObject({ status: DonationStatus.PAID, subscriptionEndedAt: new Date(cancelledAt * 1000) });
  });
});
