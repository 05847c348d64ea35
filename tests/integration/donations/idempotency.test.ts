// Stripe delivers every event at least once, in no particular order, sometimes several times at
// once. Here over a thousand distinct events for 480 donations (one-off and monthly gifts, full and
// partial refunds, abandoned and failed checkouts, monthly renewals and cancellations) are each
// delivered 2–4 times, freshly signed, shuffled with a seeded PRNG and sent 16 at a time through
// the whole webhook on a real PostgreSQL, with receipts queued in real pg-boss. Whatever the
// interleaving, each event must apply exactly once and the totals must be what was paid.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import type Stripe from "stripe";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import type { WebhookResult } from "@/lib/donations/webhook/handle-webhook";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { connectionTransactions } from "@/lib/donations/webhook/webhook-transaction";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues, type Enqueue, type JobData } from "@/lib/queue/jobs";
import { jobsFor, recordingEnqueue } from "../../support/newsletter-fixtures";
import {
  charge,
  chargeRefundedEvent,
  checkoutEvent,
  checkoutSession,
  invoice,
  invoicePaidEvent,
  nowSeconds,
  stripeId,
  dispute,
  disputeEvent,
  invoicePaymentFailedEvent,
  subscription,
  subscriptionDeletedEvent,
} from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import {
  between,
  cardFee,
  createPendingDonation,
  deliver,
  gift,
  pool,
  seedCampaign,
  seededRandom,
  shuffle,
  type PendingDonation,
  type SeededCampaign,
} from "./fixtures";

/** These donations are made in test mode (fake Stripe, test keys): a test-mode site counts them. */
const TEST_MODE = { livemode: false };

const PAYING = 400;
const EXPIRING = 50;
const FAILING = 30;
const CONCURRENCY = 16;

type Refund = { full: true; at: number } | { full: false; pence: number; at: number };
type Dispute = { outcome: "won" | "lost"; openedAt: number; closedAt: number };

/** One donor's checkout that was paid, and everything that happened to it afterwards. */
type Payment = {
  donation: PendingDonation;
  paymentIntent: string | null;
  customer: string;
  subscription: string | null;
  firstInvoice: string | null;
  refund: Refund | null;
  /** A card dispute on a one-off gift; a lost one is also its (full) refund. */
  dispute: Dispute | null;
  renewals: string[];
  cancelledAt: number | null;
  /** A monthly payment that failed (an invoice never paid), later than every other event. */
  failedAt: number | null;
};

type Abandoned = { donation: PendingDonation; expiredAt: number };
type Failed = { donation: PendingDonation; paymentIntent: string; failedAt: number };

type Plan = {
  payments: Payment[];
  expired: Abandoned[];
  failed: Failed[];
  events: Stripe.Event[];
  intents: Map<string, string>;
};

async function buildPlan(t: TestDatabase, campaign: SeededCampaign, random: () => number): Promise<Plan> {
  const start = nowSeconds() - 3 * 3600;
  const at = () => start + between(random, 0, 3 * 3600 - 60);
  const specs = Array.from({ length: PAYING + EXPIRING + FAILING }, (_, i) => {
    const roll = random();
    const priced =
      roll < 0.45
        ? gift(campaign, DonationKind.COAT, between(random, 1, 3))
        : roll < 0.75
          ? gift(campaign, DonationKind.PACK, between(random, 1, 4))
          : gift(campaign, DonationKind.CUSTOM, 1, between(random, 300, 25_000));
    const monthly = i < PAYING && i % 10 < 3;
    return {
      ...priced,
      feePence: random() < 0.4 ? cardFee(priced.amountPence) : 0,
      frequency: monthly ? DonationFrequency.MONTHLY : DonationFrequency.ONCE,
      donorEmail: `donor-${String(i).padStart(4, "0")}@example.org`,
      donorName: `Donor ${i}`,
    };
  });
  const donations = await pool(specs, 8, (spec) => createPendingDonation(t.db, campaign.id, spec));

  const events: Stripe.Event[] = [];
  const intents = new Map<string, string>();
  const payments: Payment[] = [];

  const oneOff = donations.slice(0, PAYING).filter((d) => d.frequency === DonationFrequency.ONCE);
  const refundOrder = shuffle(oneOff, random);
  const fullRefunds = new Set(refundOrder.slice(0, 100).map((d) => d.id));
  const partialRefunds = new Set(refundOrder.slice(100, 150).map((d) => d.id));
  const wonDisputes = new Set(refundOrder.slice(150, 170).map((d) => d.id));
  const lostDisputes = new Set(refundOrder.slice(170, 190).map((d) => d.id));

  let monthlyIndex = 0;
  for (const donation of donations.slice(0, PAYING)) {
    const charged = donation.amountPence + donation.feePence;
    const customer = stripeId("cus_", 14);
    if (donation.frequency === DonationFrequency.ONCE) {
      const paymentIntent = stripeId("pi_");
      intents.set(paymentIntent, donation.id);
      const session = checkoutSession({
        id: donation.sessionId,
        donationId: donation.id,
        mode: "payment",
        amountTotal: charged,
        paymentIntent,
        customerEmail: donation.donorEmail,
        name: `Donor of ${donation.id}`,
      });
      events.push(checkoutEvent("checkout.session.completed", session, { created: at() }));
      let refund: Refund | null = null;
      if (fullRefunds.has(donation.id)) {
        refund = { full: true, at: at() };
        events.push(
          chargeRefundedEvent(charge({ paymentIntent, amount: charged, amountRefunded: charged, email: donation.donorEmail }), { created: refund.at }),
        );
      } else if (partialRefunds.has(donation.id)) {
        refund = { full: false, pence: between(random, 100, donation.amountPence - 1), at: at() };
        events.push(
          chargeRefundedEvent(charge({ paymentIntent, amount: charged, amountRefunded: refund.pence, email: donation.donorEmail }), { created: refund.at }),
        );
      }
      let disputed: Dispute | null = null;
      if (wonDisputes.has(donation.id) || lostDisputes.has(donation.id)) {
        disputed = { outcome: wonDisputes.has(donation.id) ? "won" : "lost", openedAt: at(), closedAt: start + 3 * 3600 + 60 };
        const opened = dispute({ paymentIntent, amount: charged, status: "needs_response" });
        events.push(disputeEvent("charge.dispute.created", opened, { created: disputed.openedAt }));
        events.push(disputeEvent("charge.dispute.funds_withdrawn", opened, { created: disputed.openedAt + 1 }));
        events.push(disputeEvent("charge.dispute.closed", { ...opened, status: disputed.outcome }, { created: disputed.closedAt }));
        if (disputed.outcome === "lost") refund = { full: true, at: disputed.closedAt };
      }
      payments.push({
        donation,
        paymentIntent,
        customer,
        subscription: null,
        firstInvoice: null,
        refund,
        dispute: disputed,
        renewals: [],
        cancelledAt: null,
        failedAt: null,
      });
      continue;
    }

    // Monthly: the session completes the subscription; its first invoice (subscription_create)
    // pays this donation; each later invoice (subscription_cycle) is a donation of its own.
    const sub = stripeId("sub_");
    const firstInvoice = stripeId("in_");
    const session = checkoutSession({
      id: donation.sessionId,
      donationId: donation.id,
      mode: "subscription",
      amountTotal: charged,
      customer,
      subscription: sub,
      invoice: firstInvoice,
      customerEmail: donation.donorEmail,
    });
    events.push(checkoutEvent("checkout.session.completed", session, { created: at() }));
    const invoiceFields = { subscription: sub, donationId: donation.id, customer, amount: charged, email: donation.donorEmail };
    events.push(invoicePaidEvent(invoice({ ...invoiceFields, id: firstInvoice, billingReason: "subscription_create" }), { created: at() }));
    const renewals = Array.from({ length: monthlyIndex % 5 }, () => stripeId("in_"));
    for (const id of renewals) events.push(invoicePaidEvent(invoice({ ...invoiceFields, id, billingReason: "subscription_cycle" }), { created: at() }));
    let cancelledAt: number | null = null;
    if (monthlyIndex % 4 === 0) {
      cancelledAt = at();
      events.push(subscriptionDeletedEvent(subscription({ id: sub, customer, donationId: donation.id, amount: charged }), { created: cancelledAt }));
    }
    // Some monthly payments fail (after every other event, so the gift ends failing).
    let failedAt: number | null = null;
    if (monthlyIndex % 3 === 1) {
      failedAt = start + 3 * 3600 + 120;
      const unpaid = invoice({ ...invoiceFields, billingReason: "subscription_cycle", paid: false });
      events.push(invoicePaymentFailedEvent(unpaid, { created: failedAt }), invoicePaymentFailedEvent(unpaid, { created: failedAt - 30 }));
    }
    payments.push({ donation, paymentIntent: null, customer, subscription: sub, firstInvoice, refund: null, dispute: null, renewals, cancelledAt, failedAt });
    monthlyIndex += 1;
  }

  // Donors who left Stripe's page without paying: the session expires a day later.
  const expired = donations.slice(PAYING, PAYING + EXPIRING).map((donation) => {
    const expiredAt = at();
    const session = checkoutSession({
      id: donation.sessionId,
      donationId: donation.id,
      mode: "payment",
      amountTotal: donation.amountPence + donation.feePence,
      status: "expired",
      customerEmail: donation.donorEmail,
    });
    events.push(checkoutEvent("checkout.session.expired", session, { created: expiredAt }));
    return { donation, expiredAt };
  });

  // A delayed payment method (Bacs, say) that completes the session unpaid and then fails.
  const failed = donations.slice(PAYING + EXPIRING).map((donation) => {
    const paymentIntent = stripeId("pi_");
    intents.set(paymentIntent, donation.id);
    const failedAt = at();
    const fields = {
      id: donation.sessionId,
      donationId: donation.id,
      mode: "payment" as const,
      amountTotal: donation.amountPence + donation.feePence,
      paymentIntent,
      customerEmail: donation.donorEmail,
      paymentStatus: "unpaid" as const,
    };
    events.push(checkoutEvent("checkout.session.completed", checkoutSession(fields), { created: at() }));
    events.push(checkoutEvent("checkout.session.async_payment_failed", checkoutSession(fields), { created: failedAt }));
    return { donation, paymentIntent, failedAt };
  });

  return { payments, expired, failed, events, intents };
}

/** What the appeal's progress must read, worked out from the plan rather than from the database. */
function expectedProgress(plan: Plan, campaign: SeededCampaign) {
  let raisedPence = 0;
  let donationCount = 0;
  let coatsBought = 0;
  let otherPence = 0;
  const paid = (kind: DonationKind, quantity: number, netPence: number) => {
    raisedPence += netPence;
    donationCount += 1;
    if (kind === DonationKind.COAT) coatsBought += quantity;
    else otherPence += netPence;
  };
  for (const p of plan.payments) {
    const d = p.donation;
    if (!p.refund?.full) paid(d.kind, d.quantity, d.amountPence - (p.refund ? p.refund.pence : 0));
    for (let n = 0; n < p.renewals.length; n++) paid(d.kind, d.quantity, d.amountPence);
  }
  const coatsFunded = coatsBought + Math.floor(otherPence / campaign.coatPricePence);
  const coatsTowardGoal = campaign.coatsReceivedInKind + coatsFunded;
  return {
    goal: campaign.goalCoats,
    coatsFunded,
    coatsHandedIn: campaign.coatsReceivedInKind,
    coatsTowardGoal,
    raisedPence,
    donationCount,
    percent: Math.round((coatsTowardGoal / campaign.goalCoats) * 1000) / 10,
  };
}

describe("a storm of redelivered, reordered, concurrent Stripe events", () => {
  let t: TestDatabase;
  let boss: PgBoss;
  let campaign: SeededCampaign;
  let plan: Plan;
  let recorded: ReturnType<typeof recordingEnqueue>;
  let enqueue: Enqueue;
  // The site's transaction (lib/donations/stripe-wiring.ts): leased single-connection lanes.
  let transaction: ReturnType<typeof connectionTransactions>;
  const firstPass: { eventId: string; result: WebhookResult }[] = [];
  const retries: { eventId: string; result: WebhookResult }[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    campaign = await seedCampaign(t);
    boss = await startBoss(t.url);
    recorded = recordingEnqueue();
    const real = enqueueWith(boss);
    // Real pg-boss (the job commits or rolls back with the event's transaction), and a record of
    // every call, rolled back or not.
    enqueue = async (queue, data, options) => {
      await recorded.enqueue(queue, data, options);
      await real(queue, data, options);
    };
    plan = await buildPlan(t, campaign, seededRandom(20_261_028));
    transaction = connectionTransactions(t.url, { lanes: 4 });
  });

  afterAll(async () => {
    await boss?.stop({ graceful: false, timeout: 5_000 });
    await transaction?.close();
    await t?.drop();
  });

  const deps = () => ({ enqueue, transaction, donationIdForPaymentIntent: async (id: string) => plan.intents.get(id) ?? null });

  it("1,000 signed events, each delivered several times, shuffled and sent concurrently, leave exactly one donation per payment and totals that add up", async () => {
    const { events } = plan;
    expect(events.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    // ── Deliver: 2–4 copies of each event, shuffled, 16 at a time. ───────────────────────────
    const random = seededRandom(7);
    const copies = events.flatMap((event) => Array.from({ length: between(random, 2, 4) }, () => event));
    const deliveries = shuffle(copies, random);
    const results = await pool(deliveries, CONCURRENCY, (event) => deliver(t, event, deps()));
    deliveries.forEach((event, i) => firstPass.push({ eventId: event.id, result: results[i] as WebhookResult }));

    // Stripe retries whatever did not get a 2xx; it must converge.
    let pending = firstPass.filter((d) => d.result.status !== 200).map((d) => d.eventId);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (let round = 0; round < 5 && pending.length > 0; round++) {
      const again: string[] = [];
      for (const eventId of pending) {
        const result = await deliver(t, byId.get(eventId) as Stripe.Event, deps());
        retries.push({ eventId, result });
        if (result.status !== 200) again.push(eventId);
      }
      pending = again;
    }
    expect(pending, "deliveries still failing after 5 rounds of redelivery").toEqual([]);

    // Every delivery answered 200 at the first attempt: no deadlock, lock timeout or
    // serialization failure turned a concurrent duplicate into a 500.
    const failures = firstPass.filter((d) => d.result.status !== 200);
    expect
      .soft(
        failures.map((d) => `${d.eventId}: ${d.result.status} ${d.result.body.error ?? ""}`),
        "first-pass deliveries not answered 200",
      )
      .toEqual([]);
    expect(deliveries.length).toBeGreaterThanOrEqual(2 * events.length);

    // Each event applied exactly once, every other delivery a duplicate.
    const all = [...firstPass, ...retries].filter((d) => d.result.status === 200);
    const applied = all.filter((d) => d.result.body.outcome === "applied").map((d) => d.eventId);
    expect(applied.length).toBe(events.length);
    expect(new Set(applied).size).toBe(events.length);
    expect(all.filter((d) => d.result.body.outcome === "duplicate").length).toBe(all.length - events.length);
    expect(all.every((d) => d.result.body.received === true)).toBe(true);

    // The headline: one event row per event, one donation per checkout session and per renewal
    // invoice, and totals that add up (each in detail in the tests below).
    const renewals = plan.payments.flatMap((p) => p.renewals);
    expect(await t.db.stripeEvent.count()).toBe(events.length);
    expect(await t.db.donation.count({ where: { parentId: null } })).toBe(PAYING + EXPIRING + FAILING);
    expect(await t.db.donation.count({ where: { stripeInvoiceId: { in: renewals }, parentId: { not: null } } })).toBe(renewals.length);
    expect(await t.db.donation.count()).toBe(PAYING + EXPIRING + FAILING + renewals.length);
    expect(await computeCampaignProgress(t.db, TEST_MODE)).toEqual(expectedProgress(plan, campaign));
  }, 240_000); // 1,000 concurrent deliveries: generous on a loaded 2-core machine; it asserts outcomes, not speed

  it("records each distinct event once, linked to the donation it moved", async () => {
    const rows = await t.db.stripeEvent.findMany({ select: { id: true, type: true, donationId: true, createdAt: true } });
    expect(rows.length).toBe(plan.events.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const event of plan.events) {
      expect(byId.get(event.id)).toMatchObject({ type: event.type, createdAt: new Date(event.created * 1000), donationId: expect.any(String) });
    }
    const renewalIds = new Map(
      (await t.db.donation.findMany({ where: { parentId: { not: null } }, select: { id: true, stripeInvoiceId: true } })).map((d) => [d.stripeInvoiceId, d.id]),
    );
    for (const p of plan.payments) {
      for (const invoiceId of p.renewals) {
        const event = plan.events.find((e) => e.type === "invoice.paid" && e.data.object.id === invoiceId);
        expect(byId.get(event?.id ?? "")?.donationId).toBe(renewalIds.get(invoiceId));
      }
    }
  });

  it("leaves exactly one donation per checkout session and per renewal invoice, in the state its events lead to", async () => {
    const renewalCount = plan.payments.reduce((n, p) => n + p.renewals.length, 0);
    expect(renewalCount).toBeGreaterThan(200);
    expect(await t.db.donation.count()).toBe(PAYING + EXPIRING + FAILING + renewalCount);
    const donations = await t.db.donation.findMany({ include: { renewals: { select: { id: true, stripeInvoiceId: true } } } });
    const bySession = new Map(donations.filter((d) => d.stripeSessionId).map((d) => [d.stripeSessionId, d]));
    expect(bySession.size).toBe(PAYING + EXPIRING + FAILING);
    const byInvoice = new Map(donations.filter((d) => d.stripeInvoiceId).map((d) => [d.stripeInvoiceId, d]));

    for (const p of plan.payments) {
      const d = bySession.get(p.donation.sessionId);
      expect(d, p.donation.sessionId).toBeDefined();
      if (!d) continue;
      expect(d.id).toBe(p.donation.id);
      expect(d.paidAt).not.toBeNull();
      if (p.refund?.full) {
        expect(d).toMatchObject({ status: DonationStatus.REFUNDED, refundedPence: d.amountPence, refundedAt: new Date(p.refund.at * 1000) });
      } else {
        expect(d).toMatchObject({ status: DonationStatus.PAID, refundedPence: p.refund ? p.refund.pence : 0, refundedAt: null });
      }
      if (p.paymentIntent) expect(d.stripePaymentIntentId).toBe(p.paymentIntent);
      expect(d.disputeState).toBe(p.dispute ? (p.dispute.outcome === "won" ? "WON" : "LOST") : null);
      if (p.dispute) expect(d).toMatchObject({ disputedAt: new Date(p.dispute.openedAt * 1000), disputeClosedAt: new Date(p.dispute.closedAt * 1000) });
      expect(d.paymentFailing).toBe(p.failedAt !== null);
      if (p.failedAt !== null) expect(d.paymentFailedAt).toEqual(new Date(p.failedAt * 1000));
      if (p.subscription) {
        expect(d).toMatchObject({ stripeSubscriptionId: p.subscription, stripeCustomerId: p.customer, stripeInvoiceId: p.firstInvoice });
        expect(d.subscriptionEndedAt).toEqual(p.cancelledAt === null ? null : new Date(p.cancelledAt * 1000));
        expect(d.renewals.map((r) => r.stripeInvoiceId).sort()).toEqual([...p.renewals].sort());
      } else {
        expect(d.renewals).toEqual([]);
      }
      for (const invoiceId of p.renewals) {
        expect(byInvoice.get(invoiceId)).toMatchObject({
          parentId: p.donation.id,
          status: DonationStatus.PAID,
          frequency: DonationFrequency.MONTHLY,
          kind: p.donation.kind,
          quantity: p.donation.quantity,
          amountPence: p.donation.amountPence,
          feePence: p.donation.feePence,
          donorEmail: p.donation.donorEmail,
          stripeSubscriptionId: p.subscription,
          attemptKey: `renewal/${invoiceId}`,
          paidAt: expect.any(Date),
        });
      }
    }
    for (const e of plan.expired) {
      expect(bySession.get(e.donation.sessionId)).toMatchObject({
        id: e.donation.id,
        status: DonationStatus.EXPIRED,
        expiredAt: new Date(e.expiredAt * 1000),
        paidAt: null,
      });
    }
    for (const f of plan.failed) {
      expect(bySession.get(f.donation.sessionId)).toMatchObject({
        id: f.donation.id,
        status: DonationStatus.FAILED,
        failedAt: new Date(f.failedAt * 1000),
        paidAt: null,
        stripePaymentIntentId: f.paymentIntent,
      });
    }
  });

  it("adds up: the appeal's progress is exactly what was paid and not refunded", async () => {
    const expected = expectedProgress(plan, campaign);
    expect(expected.coatsFunded).toBeGreaterThan(0);
    expect(await computeCampaignProgress(t.db, TEST_MODE)).toEqual(expected);
  });

  it("queues exactly one receipt per payment that stayed paid, under the payment's own key", async () => {
    type ReceiptJob = JobData[typeof queues.donationReceipt];
    const expected = new Map<string, string>();
    const fullyRefunded = new Map<string, string>();
    for (const p of plan.payments) {
      (p.refund?.full ? fullyRefunded : expected).set(`receipt/${p.donation.sessionId}`, p.donation.id);
    }
    const renewals = await t.db.donation.findMany({ where: { parentId: { not: null } }, select: { id: true, stripeInvoiceId: true } });
    for (const r of renewals) expected.set(`receipt/${r.stripeInvoiceId}`, r.id);

    // pg-boss holds only what committed: an exact count.
    const jobs = (await boss.findJobs<ReceiptJob>(queues.donationReceipt, { limit: 100_000 })).map((j) => j.data);
    const perKey = new Map<string, ReceiptJob[]>();
    for (const job of jobs) perKey.set(job.idempotencyKey, [...(perKey.get(job.idempotencyKey) ?? []), job]);
    for (const [key, donationId] of expected) expect(perKey.get(key), key).toEqual([{ donationId, idempotencyKey: key }]);
    // A gift refunded in full still had its payment: exactly one receipt, whatever the order.
    for (const [key, donationId] of fullyRefunded) expect(perKey.get(key), key).toEqual([{ donationId, idempotencyKey: key }]);
    expect([...perKey.keys()].filter((k) => !expected.has(k) && !fullyRefunded.has(k))).toEqual([]);

    // The recording enqueue saw the same keys (it ignores `tx`, so count distinct keys).
    const recordedKeys = new Set(jobsFor(recorded.jobs, queues.donationReceipt).map((j) => j.idempotencyKey));
    expect(recordedKeys).toEqual(new Set(perKey.keys()));
    expect(
      recorded.jobs
        .filter((j) => j.queue === queues.donationReceipt)
        .every((j) => j.queue === queues.donationReceipt && j.singletonKey === j.data.idempotencyKey),
    ).toBe(true);
    expect(
      recorded.jobs.every((j) => j.queue === queues.donationReceipt || j.queue === queues.monthlyGiftCancelled || j.queue === queues.monthlyGiftPaymentFailed),
    ).toBe(true);
  });

  it("queues exactly one cancellation email per monthly gift that was cancelled, whatever the order or number of deliveries", async () => {
    const cancelled = plan.payments.filter((p) => p.cancelledAt !== null).map((p) => p.donation.id);
    expect(cancelled.length).toBeGreaterThan(0);
    // pg-boss holds only what committed: an exact count.
    const jobs = (await boss.findJobs<JobData[typeof queues.monthlyGiftCancelled]>(queues.monthlyGiftCancelled, { limit: 100_000 })).map(
      (j) => j.data.donationId,
    );
    expect([...jobs].sort()).toEqual([...cancelled].sort());
    expect(
      recorded.jobs
        .filter((j) => j.queue === queues.monthlyGiftCancelled)
        .every((j) => j.singletonKey === `gift-cancelled/${(j.data as { donationId: string }).donationId}`),
    ).toBe(true);
  });

  it("queues at most one failed-payment email per failing monthly gift, and only for one still running when the failure was applied", async () => {
    const failing = plan.payments.filter((p) => p.failedAt !== null);
    expect(failing.length).toBeGreaterThan(0);
    const jobs = (await boss.findJobs<JobData[typeof queues.monthlyGiftPaymentFailed]>(queues.monthlyGiftPaymentFailed, { limit: 100_000 })).map(
      (j) => j.data.donationId,
    );
    expect(new Set(jobs).size).toBe(jobs.length);
    const failingIds = new Set(failing.map((p) => p.donation.id));
    expect(jobs.every((id) => failingIds.has(id))).toBe(true);
    // A gift never cancelled was running whenever its failure was applied: exactly one email each.
    for (const p of failing.filter((p) => p.cancelledAt === null)) expect(jobs, p.donation.id).toContain(p.donation.id);
  });
});
