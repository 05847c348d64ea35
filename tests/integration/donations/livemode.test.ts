// Every donation records whether it was made with real money (live keys) or not, and an event
// from the other mode never moves it: a test payment cannot mark a real gift paid, nor a live
// one a test gift. Checkout through the app's startCheckout() (the built-in test checkout, and
// the real SDK against the local fake of Stripe with a test or a live key), events through the
// whole webhook.
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { createStripe } from "@/lib/stripe/client";
import { paymentKeyMode } from "@/lib/stripe/payment-mode";
import { stripePayments, testModePayments } from "@/lib/stripe/payments";
import { recordingEnqueue } from "../../support/newsletter-fixtures";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import {
  charge,
  chargeRefundedEvent,
  checkoutEvent,
  checkoutSession,
  invoice,
  invoicePaidEvent,
  stripeId,
  subscription,
  subscriptionDeletedEvent,
} from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { checkoutCampaign, checkoutWithStripe, createPendingDonation, deliver, gift, seedCampaign, type GiftSpec, type SeededCampaign } from "./fixtures";

const LIVE_KEY = "sk_live_livemode_integration";
const TEST_KEY = "sk_test_livemode_integration";

let t: TestDatabase;
let campaign: SeededCampaign;
let liveFake: FakeStripe;
let testFake: FakeStripe;

beforeAll(async () => {
  [t, liveFake, testFake] = await Promise.all([createTestDatabase(), startFakeStripe({ secretKey: LIVE_KEY }), startFakeStripe({ secretKey: TEST_KEY })]);
  campaign = await seedCampaign(t);
});
afterAll(async () => {
  await Promise.all([liveFake?.close(), testFake?.close(), t?.drop()]);
});

/** The same event as Stripe would send it from the other mode. */
const inMode = <E extends Stripe.Event>(event: E, livemode: boolean): E => ({ ...event, livemode });

async function liveDonation(spec: GiftSpec = gift(campaign, DonationKind.COAT, 1)) {
  const donation = await createPendingDonation(t.db, campaign.id, spec, stripeId("cs_live_", 58));
  await t.db.donation.update({ where: { id: donation.id }, data: { livemode: true } });
  return donation;
}

describe("checkout records the payment mode", () => {
  it("test mode, test keys and live keys each record theirs", async () => {
    const checkout = await checkoutCampaign(t.db);
    const builtIn = await checkoutWithStripe(t.db, testModePayments("https://calaiswinteraid.example"), checkout, { gift: "coat", quantity: 1 });
    const testKey = await checkoutWithStripe(t.db, stripePayments(createStripe(TEST_KEY, testFake.url), paymentKeyMode(TEST_KEY) === "live"), checkout, {
      gift: "pack",
      quantity: 1,
    });
    const liveKey = await checkoutWithStripe(t.db, stripePayments(createStripe(LIVE_KEY, liveFake.url), paymentKeyMode(LIVE_KEY) === "live"), checkout, {
      gift: "coat",
      quantity: 2,
    });
    const modes = await t.db.donation.findMany({ where: { id: { in: [builtIn.id, testKey.id, liveKey.id] } }, select: { id: true, livemode: true } });
    expect(Object.fromEntries(modes.map((m) => [m.id, m.livemode]))).toEqual({ [builtIn.id]: false, [testKey.id]: false, [liveKey.id]: true });
  });
});

describe("an event whose livemode disagrees with the donation", () => {
  it("a live payment event does not mark a test donation paid; it is recorded, refused and logged", async () => {
    const donation = await createPendingDonation(t.db, campaign.id, gift(campaign, DonationKind.COAT, 2));
    const session = checkoutSession({
      id: donation.sessionId,
      donationId: donation.id,
      mode: "payment",
      amountTotal: donation.amountPence,
      paymentIntent: stripeId("pi_"),
    });
    const event = inMode(checkoutEvent("checkout.session.completed", session), true);
    const { enqueue, jobs } = recordingEnqueue();
    const logged: string[] = [];

    const result = await deliver(t, event, { enqueue, log: (m) => logged.push(m) });
    expect(result).toMatchObject({ status: 200, body: { received: true, outcome: "refused" }, progressChanged: false });
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      status: DonationStatus.PENDING,
      paidAt: null,
      livemode: false,
      stripePaymentIntentId: null,
    });
    expect(jobs).toEqual([]);
    expect(await t.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ donationId: donation.id });
    expect(logged).toEqual([
      `[stripe] refused checkout.session.completed ${event.id} for donation ${donation.id}: not applied: livemode: expected a test (no money moves) payment, received a live (real money) event`,
    ]);
    // Kept for staff as a payment problem.
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).toMatchObject({
      donationId: donation.id,
      kinds: "livemode",
      resolvedAt: null,
    });
    // Stripe's retry is a duplicate: still nothing.
    expect((await deliver(t, event, { enqueue })).body.outcome).toBe("duplicate");

    // The event of the donation's own mode pays it as usual.
    const own = checkoutEvent("checkout.session.completed", session);
    expect((await deliver(t, own, { enqueue })).body.outcome).toBe("applied");
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PAID);
  });

  it("a test payment event does not mark a live donation paid", async () => {
    const donation = await liveDonation();
    const session = checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence });
    const { enqueue, jobs } = recordingEnqueue();
    expect((await deliver(t, checkoutEvent("checkout.session.completed", session), { enqueue })).body.outcome).toBe("refused");
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PENDING);
    expect(jobs).toEqual([]);
    expect((await deliver(t, inMode(checkoutEvent("checkout.session.completed", session), true), { enqueue })).body.outcome).toBe("applied");
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).status).toBe(DonationStatus.PAID);
  });

  it("a test refund does not refund a live gift found by its payment intent", async () => {
    const donation = await liveDonation();
    const paymentIntent = stripeId("pi_");
    const session = checkoutSession({ id: donation.sessionId, donationId: donation.id, mode: "payment", amountTotal: donation.amountPence, paymentIntent });
    const { enqueue } = recordingEnqueue();
    await deliver(t, inMode(checkoutEvent("checkout.session.completed", session), true), { enqueue });

    const refund = chargeRefundedEvent(charge({ paymentIntent, amount: donation.amountPence, amountRefunded: donation.amountPence }));
    const result = await deliver(t, refund, { enqueue });
    expect(result).toMatchObject({ status: 200, body: { outcome: "refused" }, progressChanged: false });
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({ status: DonationStatus.PAID, refundedPence: 0 });
    expect((await t.db.stripeEvent.findUniqueOrThrow({ where: { id: refund.id } })).donationId).toBe(donation.id);
  });

  it("a monthly renewal inherits its subscription's mode", async () => {
    const donation = await liveDonation({ ...gift(campaign, DonationKind.CUSTOM, 1, 1000), frequency: DonationFrequency.MONTHLY });
    const subscription = stripeId("sub_");
    const customer = stripeId("cus_", 14);
    const { enqueue } = recordingEnqueue();
    const first = invoice({ subscription, donationId: donation.id, customer, amount: 1000, billingReason: "subscription_create" });
    const renewal = invoice({ subscription, donationId: donation.id, customer, amount: 1000, billingReason: "subscription_cycle" });
    expect((await deliver(t, inMode(invoicePaidEvent(first), true), { enqueue })).body.outcome).toBe("applied");
    // A test-mode renewal of a live subscription creates nothing.
    expect((await deliver(t, invoicePaidEvent(renewal), { enqueue })).body.outcome).toBe("refused");
    expect(await t.db.donation.count({ where: { parentId: donation.id } })).toBe(0);
    expect((await deliver(t, inMode(invoicePaidEvent(renewal, { id: stripeId("evt_") }), true), { enqueue })).body.outcome).toBe("applied");
    expect(await t.db.donation.findMany({ where: { parentId: donation.id }, select: { livemode: true, status: true } })).toEqual([
      { livemode: true, status: DonationStatus.PAID },
    ]);
  });

  it("a test cancellation does not end a live monthly gift; it is recorded, refused, logged and kept as a payment problem", async () => {
    const donation = await liveDonation({ ...gift(campaign, DonationKind.CUSTOM, 1, 1000), frequency: DonationFrequency.MONTHLY });
    const cancelled = subscription({ id: stripeId("sub_"), customer: stripeId("cus_", 14), donationId: donation.id, amount: 1000 });
    const { enqueue, jobs } = recordingEnqueue();
    const logged: string[] = [];
    const event = subscriptionDeletedEvent(cancelled);
    const result = await deliver(t, event, { enqueue, log: (m) => logged.push(m) });
    expect(result).toMatchObject({ status: 200, body: { received: true, outcome: "refused" }, progressChanged: false });
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).subscriptionEndedAt).toBeNull();
    expect(jobs).toEqual([]);
    expect(await t.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ donationId: donation.id });
    expect(logged).toEqual([
      `[stripe] refused customer.subscription.deleted ${event.id} for donation ${donation.id}: not applied: livemode: expected a live (real money) payment, received a test (no money moves) event`,
    ]);
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).toMatchObject({
      eventType: "customer.subscription.deleted",
      donationId: donation.id,
      kinds: "livemode",
      resolvedAt: null,
    });
    expect((await deliver(t, event, { enqueue })).body.outcome).toBe("duplicate");
    expect(await t.db.paymentProblem.count({ where: { stripeEventId: event.id } })).toBe(1);

    // The cancellation of the gift's own mode ends it, and queues its confirmation once.
    expect((await deliver(t, inMode(subscriptionDeletedEvent(cancelled), true), { enqueue })).body.outcome).toBe("applied");
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).subscriptionEndedAt).not.toBeNull();
    expect(jobs).toHaveLength(1);
  });

  it("a live cancellation found by its subscription id does not end a test monthly gift either", async () => {
    const donation = await createPendingDonation(t.db, campaign.id, { ...gift(campaign, DonationKind.CUSTOM, 1, 1000), frequency: DonationFrequency.MONTHLY });
    const subscriptionId = stripeId("sub_");
    await t.db.donation.update({ where: { id: donation.id }, data: { stripeSubscriptionId: subscriptionId } });
    // No donationId in the subscription's metadata: the donation is found by the subscription.
    const cancelled = { ...subscription({ id: subscriptionId, customer: stripeId("cus_", 14), donationId: donation.id, amount: 1000 }), metadata: {} };
    const { enqueue, jobs } = recordingEnqueue();
    const event = inMode(subscriptionDeletedEvent(cancelled), true);
    expect((await deliver(t, event, { enqueue })).body.outcome).toBe("refused");
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).subscriptionEndedAt).toBeNull();
    expect(jobs).toEqual([]);
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).toMatchObject({ donationId: donation.id, kinds: "livemode" });
  });
});
