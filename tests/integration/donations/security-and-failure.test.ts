// What the webhook refuses and what it survives. Only a correctly signed, recent event may write
// anything: a wrong secret, a changed byte, no header or a replayed old delivery get 400 and leave
// the database as it was. Events it does not handle or cannot place get 200 (Stripe would retry
// them for days) and change nothing. And when the database fails halfway through an event, the
// whole event rolls back and answers 500, so Stripe's retry applies it afresh — exactly once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import type { PgBoss } from "pg-boss";
import type Stripe from "stripe";
import { handleWebhook } from "@/lib/donations/webhook/handle-webhook";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { findJobs, jobsFor, recordingEnqueue } from "../../support/newsletter-fixtures";
import {
  TEST_WEBHOOK_SECRET,
  charge,
  chargeRefundedEvent,
  checkoutEvent,
  checkoutSession,
  customer,
  customerCreatedEvent,
  eventPayload,
  invoice,
  invoicePaidEvent,
  nowSeconds,
  signPayload,
  signedDelivery,
  stripeId,
  subscription,
  subscriptionDeletedEvent,
} from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, deliver, gift, seedCampaign, type PendingDonation, type SeededCampaign } from "./fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
});
afterAll(() => t?.drop());

/** Everything a webhook delivery could write. */
async function snapshot() {
  const [events, donations] = await Promise.all([t.db.stripeEvent.findMany({ orderBy: { id: "asc" } }), t.db.donation.findMany({ orderBy: { id: "asc" } })]);
  return { events, donations };
}

/** A one-off gift of two coats, pending, and the checkout.session.completed (paid) that pays it. */
async function pendingWithPaidEvent(): Promise<{ donation: PendingDonation; paymentIntent: string; event: Stripe.Event }> {
  const donation = await createPendingDonation(t.db, campaign.id, { ...gift(campaign, DonationKind.COAT, 2), donorEmail: "kind.donor@example.org" });
  const paymentIntent = stripeId("pi_");
  const session = checkoutSession({
    id: donation.sessionId,
    donationId: donation.id,
    mode: "payment",
    amountTotal: donation.amountPence,
    paymentIntent,
    customerEmail: donation.donorEmail,
  });
  return { donation, paymentIntent, event: checkoutEvent("checkout.session.completed", session) };
}

describe("signature verification: 400 and nothing written", () => {
  let donation: PendingDonation;
  let event: Stripe.Event;
  let recorded: ReturnType<typeof recordingEnqueue>;
  let logs: string[];

  beforeEach(async () => {
    ({ donation, event } = await pendingWithPaidEvent());
    recorded = recordingEnqueue();
    logs = [];
  });

  const send = (body: string, signature: string | null, secret = TEST_WEBHOOK_SECRET) =>
    handleWebhook(t.db, body, signature, { secret, enqueue: recorded.enqueue, log: (m) => logs.push(m) });

  async function expectRejected(body: string, signature: string | null) {
    logs = [];
    const before = await snapshot();
    const result = await send(body, signature);
    expect(result).toEqual({ status: 400, body: { received: false, error: "invalid signature" }, progressChanged: false });
    expect(await snapshot()).toEqual(before);
    expect(recorded.jobs).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/^\[stripe\] rejected a webhook: /)]);
  }

  it("a signature made with another secret (forged)", async () => {
    const { body, signature } = signedDelivery(event, { secret: "whsec_someone_elses_endpoint_secret_000000" });
    await expectRejected(body, signature);
  });

  it("a body changed after signing (tampered)", async () => {
    const { body, signature } = signedDelivery(event);
    const tampered = body.replace(`"amount_total": ${donation.amountPence}`, `"amount_total": ${donation.amountPence * 100}`);
    expect(tampered).not.toBe(body);
    await expectRejected(tampered, signature);
    // Re-serialising the same JSON (different bytes, same meaning) breaks the signature too.
    await expectRejected(JSON.stringify(JSON.parse(body) as unknown), signature);
  });

  it("no Stripe-Signature header, or an empty or malformed one", async () => {
    const body = eventPayload(event);
    await expectRejected(body, null);
    await expectRejected(body, "");
    await expectRejected(body, "t=not-a-time,v1=deadbeef");
  });

  it("a delivery signed 6 minutes ago (replayed outside the 5-minute tolerance)", async () => {
    const body = eventPayload(event);
    await expectRejected(body, signPayload(body, { timestamp: nowSeconds() - 6 * 60 }));
  });

  it("while the same event, correctly signed and recent, is applied", async () => {
    const body = eventPayload(event);
    const result = await send(body, signPayload(body, { timestamp: nowSeconds() - 60 }));
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "applied" }, progressChanged: true });
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({ status: DonationStatus.PAID });
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(1);
  });
});

describe("events that change nothing: 200", () => {
  it("an event type the webhook does not handle (customer.created) is ignored and not recorded", async () => {
    const recorded = recordingEnqueue();
    const before = await snapshot();
    const event = customerCreatedEvent(customer({ email: "someone@example.org", name: "Some One" }));
    const result = await deliver(t, event, { enqueue: recorded.enqueue });
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "ignored" }, progressChanged: false });
    expect(await snapshot()).toEqual(before);
    expect(recorded.jobs).toEqual([]);
  });

  const unknownDonationId = "cmunknowndonation0000000000";
  const strangers: [string, () => Stripe.Event][] = [
    [
      "checkout.session.completed",
      () =>
        checkoutEvent(
          "checkout.session.completed",
          checkoutSession({ donationId: unknownDonationId, mode: "payment", amountTotal: 2500, paymentIntent: stripeId("pi_") }),
        ),
    ],
    ["charge.refunded", () => chargeRefundedEvent(charge({ paymentIntent: stripeId("pi_"), amount: 2500, amountRefunded: 2500 }))],
    [
      "invoice.paid",
      () =>
        invoicePaidEvent(
          invoice({
            subscription: stripeId("sub_"),
            donationId: unknownDonationId,
            customer: stripeId("cus_", 14),
            amount: 1000,
            billingReason: "subscription_cycle",
          }),
        ),
    ],
    [
      "customer.subscription.deleted",
      () => subscriptionDeletedEvent(subscription({ id: stripeId("sub_"), customer: stripeId("cus_", 14), donationId: unknownDonationId, amount: 1000 })),
    ],
  ];

  it.each(strangers)("%s for a donation we do not know: recorded, nothing else changes", async (type, build) => {
    const recorded = recordingEnqueue();
    await pendingWithPaidEvent(); // a donation that must stay as it is
    const before = await snapshot();
    const event = build();
    const result = await deliver(t, event, { enqueue: recorded.enqueue, donationIdForPaymentIntent: async () => null });
    expect(result).toEqual({ status: 200, body: { received: true, outcome: "applied" }, progressChanged: false });
    const after = await snapshot();
    expect(after.donations).toEqual(before.donations);
    expect(after.events.filter((e) => e.id !== event.id)).toEqual(before.events);
    expect(after.events.find((e) => e.id === event.id)).toMatchObject({ type, donationId: null, createdAt: new Date(event.created * 1000) });
    expect(recorded.jobs).toEqual([]);
    // And a redelivery is a duplicate.
    expect((await deliver(t, event, { enqueue: recorded.enqueue })).body.outcome).toBe("duplicate");
  });

  it("a completed session that names our donation but is not the session it was sent to changes nothing but a problem for staff", async () => {
    const recorded = recordingEnqueue();
    const { donation } = await pendingWithPaidEvent();
    const before = await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    const other = checkoutSession({
      donationId: donation.id,
      mode: "payment",
      amountTotal: 30,
      paymentIntent: stripeId("pi_"),
      email: "someone.else@example.org",
    });
    const event = checkoutEvent("checkout.session.completed", other);
    const result = await deliver(t, event, { enqueue: recorded.enqueue });
    expect(result).toMatchObject({ status: 200, body: { received: true, outcome: "refused" }, progressChanged: false });
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toEqual(before);
    expect(recorded.jobs).toEqual([]);
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).toMatchObject({
      donationId: donation.id,
      kinds: "session,amount",
    });
  });
});

describe("the database failing mid-event returns 500 and the retry succeeds", () => {
  let boss: PgBoss;

  beforeAll(async () => {
    boss = await startBoss(t.url);
  });
  afterAll(() => boss?.stop({ graceful: false, timeout: 5_000 }));

  async function expectRolledBack(donation: PendingDonation, event: Stripe.Event, before: Awaited<ReturnType<typeof snapshot>>) {
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toEqual(before.donations.find((d) => d.id === donation.id));
    expect(await snapshot()).toEqual(before);
    expect(await findJobs(boss, queues.donationReceipt, { donationId: donation.id })).toEqual([]);
  }

  async function expectAppliedOnRetry(donation: PendingDonation, paymentIntent: string, event: Stripe.Event, enqueue: Enqueue) {
    const retry = await deliver(t, event, { enqueue });
    expect(retry).toEqual({ status: 200, body: { received: true, outcome: "applied" }, progressChanged: true });
    const paid = await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    expect(paid).toMatchObject({ status: DonationStatus.PAID, paidAt: new Date(event.created * 1000), stripePaymentIntentId: paymentIntent });
    expect(await t.db.stripeEvent.findMany({ where: { id: event.id } })).toEqual([
      expect.objectContaining({ id: event.id, type: "checkout.session.completed", donationId: donation.id }),
    ]);

    const third = await deliver(t, event, { enqueue });
    expect(third).toEqual({ status: 200, body: { received: true, outcome: "duplicate" }, progressChanged: false });
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toEqual(paid);
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(1);
    const jobs = await findJobs(boss, queues.donationReceipt, { donationId: donation.id });
    expect(jobs.map((j) => j.data)).toEqual([{ donationId: donation.id, idempotencyKey: `receipt/${donation.sessionId}` }]);
  }

  it("when queueing the receipt fails after the event was recorded: 500, nothing kept; the retry applies it once", async () => {
    const { donation, paymentIntent, event } = await pendingWithPaidEvent();
    const before = await snapshot();
    const real = enqueueWith(boss);
    const recorded = recordingEnqueue();
    let failures = 0;
    const flaky: Enqueue = async (queue, data, options) => {
      if (failures === 0) {
        failures += 1;
        throw new Error("Connection terminated unexpectedly");
      }
      await recorded.enqueue(queue, data, options);
      await real(queue, data, options);
    };
    const logs: string[] = [];

    const { body, signature } = signedDelivery(event);
    const first = await handleWebhook(t.db, body, signature, { secret: TEST_WEBHOOK_SECRET, enqueue: flaky, log: (m) => logs.push(m) });
    expect(first).toEqual({ status: 500, body: { received: false, error: "processing failed" }, progressChanged: false });
    expect(logs).toEqual([`[stripe] failed to apply checkout.session.completed ${event.id}: Connection terminated unexpectedly`]);
    await expectRolledBack(donation, event, before);

    await expectAppliedOnRetry(donation, paymentIntent, event, flaky);
    expect(jobsFor(recorded.jobs, queues.donationReceipt)).toEqual([{ donationId: donation.id, idempotencyKey: `receipt/${donation.sessionId}` }]);
  });

  it("when the database connection is killed mid-transaction (pg_terminate_backend): 500, nothing kept; the retry applies it once", async () => {
    const { donation, paymentIntent, event } = await pendingWithPaidEvent();
    const before = await snapshot();
    const real = enqueueWith(boss);
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    let killed = 0;
    try {
      // The receipt is queued inside the event's transaction, after the StripeEvent insert and the
      // donation update: kill that transaction's backend from another connection right there.
      const killer: Enqueue = async (queue, data, options) => {
        if (killed === 0 && options?.tx) {
          killed += 1;
          const [row] = await options.tx.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
          const { rows } = await admin.query<{ terminated: boolean }>("SELECT pg_terminate_backend($1::int) AS terminated", [row?.pid]);
          expect(rows).toEqual([{ terminated: true }]);
        }
        await real(queue, data, options);
      };

      const first = await deliver(t, event, { enqueue: killer });
      expect(killed).toBe(1);
      expect(first).toEqual({ status: 500, body: { received: false, error: "processing failed" }, progressChanged: false });
      await expectRolledBack(donation, event, before);

      await expectAppliedOnRetry(donation, paymentIntent, event, killer);
    } finally {
      await admin.end();
    }
  });

  it("a monthly gift whose first invoice fails to apply is paid once by the retry, with one receipt", async () => {
    const donation = await createPendingDonation(t.db, campaign.id, { ...gift(campaign, DonationKind.PACK, 2), frequency: DonationFrequency.MONTHLY });
    const sub = stripeId("sub_");
    const paid = invoicePaidEvent(
      invoice({
        subscription: sub,
        donationId: donation.id,
        customer: stripeId("cus_", 14),
        amount: donation.amountPence,
        billingReason: "subscription_create",
      }),
    );
    const real = enqueueWith(boss);
    let calls = 0;
    const flaky: Enqueue = async (queue, data, options) => {
      calls += 1;
      if (calls === 1) throw new Error("could not serialize access due to concurrent update");
      await real(queue, data, options);
    };
    expect((await deliver(t, paid, { enqueue: flaky })).status).toBe(500);
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      status: DonationStatus.PENDING,
      stripeInvoiceId: null,
      stripeSubscriptionId: null,
    });
    expect((await deliver(t, paid, { enqueue: flaky })).body.outcome).toBe("applied");
    expect((await deliver(t, paid, { enqueue: flaky })).body.outcome).toBe("duplicate");
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({ status: DonationStatus.PAID, stripeSubscriptionId: sub });
    expect((await findJobs(boss, queues.donationReceipt, { donationId: donation.id })).map((j) => j.data.idempotencyKey)).toEqual([
      `receipt/${donation.sessionId}`,
    ]);
  });
});
