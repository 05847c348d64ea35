// Checkout creation end to end: a form parsed by the real schema, startCheckout against a real
// PostgreSQL database, and the real `stripe` SDK talking to the local fake of Stripe's API. What
// Stripe received is read back from the fake's decoded request log.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// lib/stripe/client.ts reads lib/env at import time. Pin the variables it validates so a stray
// value in the developer's shell (a STRIPE_SECRET_KEY without its webhook secret, say) cannot make
// the import throw; empty strings count as unset there.
vi.hoisted(() => {
  vi.stubEnv("STRIPE_SECRET_KEY", "");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", "");
  vi.stubEnv("STRIPE_API_BASE", "");
  vi.stubEnv("SITE_URL", "");
  vi.stubEnv("DATABASE_URL", "");
});

import { findActiveCampaign } from "@/lib/campaign/queries";
import { parseDonationForm, type DonationForm } from "@/lib/donations/checkout/donation-form-schema";
import { GIFT_AID_WORDING_VERSION, giftAidWording } from "@/lib/donations/gift-aid-wording";
import { coverFeePence } from "@/lib/donations/checkout/price-gift";
import { attemptKeyFor, startCheckout, type CheckoutCampaign } from "@/lib/donations/checkout/start-checkout";
import { DonationFrequency, DonationKind, DonationStatus, GiftAidScope } from "@/lib/generated/prisma/enums";
import { createStripe } from "@/lib/stripe/client";
import { PaymentProviderError, stripePayments, testModePayments, type Payments } from "@/lib/stripe/payments";
import { seed } from "@/prisma/seed/seed";
import { startFakeStripe, type FakeStripe, type FakeStripeRequest } from "../../support/fake-stripe";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const SECRET_KEY = "sk_test_checkout_integration";
const siteUrl = "https://appeal.example.org";
/** The seeded coat price. */
const SEEDED_COAT_PENCE = 2500;

let t: TestDatabase;
let fake: FakeStripe;
let payments: Payments;

beforeAll(async () => {
  [t, fake] = await Promise.all([createTestDatabase(), startFakeStripe({ secretKey: SECRET_KEY })]);
  await seed(t.url);
  payments = stripePayments(createStripe(SECRET_KEY, fake.url), false);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([fake?.close(), t?.drop()]);
});

beforeEach(async () => {
  fake.reset();
  await t.db.donation.deleteMany();
  await t.db.giftAidDeclaration.deleteMany();
  await t.db.campaign.updateMany({ data: { coatPricePence: SEEDED_COAT_PENCE } });
});

/** The campaign as the donate action builds it: the active campaign plus its card-fee pricing. */
async function loadCampaign(): Promise<CheckoutCampaign> {
  const campaign = await findActiveCampaign(t.db);
  if (!campaign) throw new Error("the seed should have created a campaign");
  const pricing = await t.db.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { feeBasisPoints: true, feeFixedPence: true } });
  return { id: campaign.id, charityName: campaign.charityName, coatPricePence: campaign.coatPricePence, packPricePence: campaign.packPricePence, ...pricing };
}

/** A submitted form, through the real schema; fails the test if the schema refuses it. */
function form(fields: Record<string, string>): DonationForm {
  const parsed = parseDonationForm(fields);
  if (!parsed.ok) throw new Error(`the form should be valid: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.data;
}

const sessionPosts = (): FakeStripeRequest[] => fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");

type LineItem = {
  quantity: string;
  price_data: { currency: string; unit_amount: string; product_data: { name: string }; recurring?: { interval: string } };
};

function lineItems(request: FakeStripeRequest | undefined): LineItem[] {
  return (request?.params.line_items ?? []) as LineItem[];
}

/**
 * Runs `work` while another connection holds SHARE MODE on "Donation": reads go through, inserts
 * wait. The lock is released once `waiters` backends are blocked on a lock, so concurrent
 * submissions have all done their lookup before any of them can insert: the race is forced, not
 * left to the scheduler.
 */
async function withDonationInsertsHeld<T>(waiters: number, work: () => Promise<T>): Promise<T> {
  const gate = new pg.Client({ connectionString: t.url });
  await gate.connect();
  try {
    await gate.query("BEGIN");
    await gate.query(`LOCK TABLE "Donation" IN SHARE MODE`);
    const running = work();
    // Keep the rejection observed while we wait; it is re-thrown below.
    running.catch(() => undefined);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await gate.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'",
      );
      if ((rows[0]?.n ?? 0) >= waiters) break;
      if (Date.now() > deadline) throw new Error(`expected ${waiters} transactions waiting to insert`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await gate.query("COMMIT");
    return await running;
  } finally {
    await gate.end();
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("startCheckout with Stripe (real SDK, fake API)", () => {
  it("starts a one-off 2-coat gift with the card fee covered", async () => {
    const campaign = await loadCampaign();
    const donated = form({ gift: "coat", quantity: "2", frequency: "once", coverFee: "on", attempt: "attempt-coats-1" });
    const attemptKey = attemptKeyFor(donated);
    const fee = coverFeePence(campaign, 5000);
    // 1.5% + 20p grossed up: ceil((5000 + 20) / 0.985) = 5097, so 97p on top of £50.
    expect(fee).toBe(97);

    const result = await startCheckout(t.db, payments, { form: donated, campaign, siteUrl });

    const posts = sessionPosts();
    expect(posts).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
    const request = posts[0];
    expect(request?.status).toBe(200);
    expect(request?.idempotencyKey).toBe(`checkout/${attemptKey}`);
    expect(fake.sessions).toHaveLength(1);
    const session = fake.sessions[0];
    if (!session) throw new Error("no session");

    const p = request?.params ?? {};
    expect(p.mode).toBe("payment");
    expect(p.submit_type).toBe("donate");
    expect(p.currency).toBe("gbp");
    expect(p.subscription_data).toBeUndefined();
    const items = lineItems(request);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ quantity: "2", price_data: { currency: "gbp", unit_amount: "2500" } });
    expect(items[0]?.price_data.product_data.name).toMatch(/coat/i);
    expect(items[0]?.price_data.recurring).toBeUndefined();
    expect(items[1]).toMatchObject({ quantity: "1", price_data: { currency: "gbp", unit_amount: String(fee) } });
    expect(items[1]?.price_data.product_data.name).toMatch(/fee/i);

    expect(p.metadata).toEqual({ donationId: result.donationId });
    expect(p.client_reference_id).toBe(result.donationId);
    expect(p.payment_intent_data).toEqual({ metadata: { donationId: result.donationId } });
    expect(p.success_url).toBe(`${siteUrl}/donate/thank-you?session_id={CHECKOUT_SESSION_ID}`);
    expect(p.cancel_url).toBe(`${siteUrl}/donate?cancelled=1`);
    expect(session.amount_total).toBe(5000 + fee);

    const rows = await t.db.donation.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: result.donationId,
      campaignId: campaign.id,
      status: DonationStatus.PENDING,
      kind: DonationKind.COAT,
      quantity: 2,
      amountPence: 5000,
      feePence: fee,
      frequency: DonationFrequency.ONCE,
      attemptKey,
      stripeSessionId: session.id,
      giftAidDeclarationId: null,
    });
    expect(result.url).toBe(session.url);
    expect(result.url).toBe(`https://checkout.stripe.com/c/pay/${session.id}`);
  });

  it("starts a monthly custom £10 gift as a subscription", async () => {
    const campaign = await loadCampaign();
    const donated = form({ gift: "custom", amount: "10", frequency: "monthly", attempt: "attempt-monthly-1" });

    const result = await startCheckout(t.db, payments, { form: donated, campaign, siteUrl });

    const posts = sessionPosts();
    expect(posts).toHaveLength(1);
    const p = posts[0]?.params ?? {};
    expect(p.mode).toBe("subscription");
    expect(p).not.toHaveProperty("submit_type");
    expect(p).not.toHaveProperty("payment_intent_data");
    expect(p.currency).toBe("gbp");
    const items = lineItems(posts[0]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ quantity: "1", price_data: { currency: "gbp", unit_amount: "1000", recurring: { interval: "month" } } });
    expect(p.subscription_data).toEqual({ metadata: { donationId: result.donationId } });
    expect(p.metadata).toEqual({ donationId: result.donationId });
    expect(p.client_reference_id).toBe(result.donationId);
    expect(posts[0]?.idempotencyKey).toBe(`checkout/${attemptKeyFor(donated)}`);

    const session = fake.sessions[0];
    expect(session?.mode).toBe("subscription");
    expect(session?.submit_type).toBeNull();
    const row = await t.db.donation.findUniqueOrThrow({ where: { id: result.donationId } });
    expect(row).toMatchObject({
      status: DonationStatus.PENDING,
      kind: DonationKind.CUSTOM,
      quantity: 1,
      amountPence: 1000,
      feePence: 0,
      frequency: DonationFrequency.MONTHLY,
      stripeSessionId: session?.id,
    });
    expect(result.url).toBe(session?.url);
  });

  it("records the Gift Aid declaration with the exact wording and links the donation to it", async () => {
    const campaign = await loadCampaign();
    const donated = form({
      gift: "pack",
      quantity: "1",
      giftAid: "on",
      title: " Dr ",
      firstName: "  Ada ",
      lastName: "Lovelace",
      houseNameOrNumber: "12",
      addressLine: "Harbour   Street, Dover",
      postcode: " ct161aa ",
      giftAidScope: "ENDURING",
      giftAidConfirm: "on",
      attempt: "attempt-gift-aid-1",
    });

    const result = await startCheckout(t.db, payments, { form: donated, campaign, siteUrl });

    const declarations = await t.db.giftAidDeclaration.findMany();
    expect(declarations).toHaveLength(1);
    const declaration = declarations[0];
    expect(declaration).toMatchObject({
      title: "Dr",
      firstName: "Ada",
      lastName: "Lovelace",
      houseNameOrNumber: "12",
      addressLine: "Harbour Street, Dover",
      postcode: "CT16 1AA",
      scope: GiftAidScope.ENDURING,
      wordingVersion: GIFT_AID_WORDING_VERSION,
    });
    expect(declaration?.wording).toBe(giftAidWording("ENDURING", campaign.charityName));
    expect(declaration?.wording).toContain("Calais Winter Aid");

    const row = await t.db.donation.findUniqueOrThrow({ where: { id: result.donationId }, include: { giftAidDeclaration: true } });
    expect(row.giftAidDeclarationId).toBe(declaration?.id);
    expect(row.giftAidDeclaration?.id).toBe(declaration?.id);
    expect(row).toMatchObject({ kind: DonationKind.PACK, quantity: 1, amountPence: campaign.packPricePence, feePence: 0 });
  });

  it("records a this-donation-only declaration with its own wording and no title", async () => {
    const campaign = await loadCampaign();
    const donated = form({
      gift: "coat",
      quantity: "1",
      giftAid: "on",
      firstName: "Grace",
      lastName: "Hopper",
      houseNameOrNumber: "Flat 3",
      addressLine: "1 Example Yard",
      postcode: "sw1a1aa",
      giftAidScope: "THIS_DONATION",
      giftAidConfirm: "on",
      attempt: "attempt-gift-aid-2",
    });

    const result = await startCheckout(t.db, payments, { form: donated, campaign, siteUrl });

    const declaration = await t.db.giftAidDeclaration.findFirstOrThrow();
    expect(declaration).toMatchObject({ title: null, postcode: "SW1A 1AA", scope: GiftAidScope.THIS_DONATION, wordingVersion: GIFT_AID_WORDING_VERSION });
    expect(declaration.wording).toBe(giftAidWording("THIS_DONATION", campaign.charityName));
    const row = await t.db.donation.findUniqueOrThrow({ where: { id: result.donationId } });
    expect(row.giftAidDeclarationId).toBe(declaration.id);
  });

  it("creates no declaration when Gift Aid is not ticked, even if the details are sent", async () => {
    const campaign = await loadCampaign();
    const donated = form({ gift: "coat", quantity: "1", firstName: "Ada", lastName: "Lovelace", postcode: "CT16 1AA", attempt: "attempt-no-gift-aid" });

    const result = await startCheckout(t.db, payments, { form: donated, campaign, siteUrl });

    expect(await t.db.giftAidDeclaration.count()).toBe(0);
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: result.donationId } })).giftAidDeclarationId).toBeNull();
  });

  describe("a double click (same attempt id, same choice)", () => {
    const fields = {
      gift: "coat",
      quantity: "2",
      coverFee: "on",
      giftAid: "on",
      firstName: "Ada",
      lastName: "Lovelace",
      houseNameOrNumber: "12",
      addressLine: "Harbour Street",
      postcode: "CT16 1AA",
      giftAidScope: "ENDURING",
      giftAidConfirm: "on",
      attempt: "attempt-double-click",
    };

    it("one after the other: one donation, one session, the second request replayed", async () => {
      const campaign = await loadCampaign();

      const first = await startCheckout(t.db, payments, { form: form(fields), campaign, siteUrl });
      const second = await startCheckout(t.db, payments, { form: form(fields), campaign, siteUrl });

      expect(second).toEqual(first);
      expect(await t.db.donation.count()).toBe(1);
      expect(await t.db.giftAidDeclaration.count()).toBe(1);
      expect(fake.sessions).toHaveLength(1);
      const posts = sessionPosts();
      expect(posts).toHaveLength(2);
      expect(posts.map((r) => r.status)).toEqual([200, 200]);
      expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
      expect(posts[1]?.params).toEqual(posts[0]?.params);
      const row = await t.db.donation.findUniqueOrThrow({ where: { id: first.donationId } });
      expect(row.stripeSessionId).toBe(fake.sessions[0]?.id);
      expect(first.url).toBe(fake.sessions[0]?.url);
    });

    // Both transactions find no row and insert; the loser hits the unique attempt key and must
    // take the winner's row (the test holds a lock so the race happens every time).
    it("at the same time (Promise.all): one donation, one session, the same url", async () => {
      const campaign = await loadCampaign();

      const [a, b] = await withDonationInsertsHeld(2, () =>
        Promise.all([
          startCheckout(t.db, payments, { form: form(fields), campaign, siteUrl }),
          startCheckout(t.db, payments, { form: form(fields), campaign, siteUrl }),
        ]),
      );

      expect(b).toEqual(a);
      expect(await t.db.donation.count()).toBe(1);
      expect(await t.db.giftAidDeclaration.count()).toBe(1);
      expect(fake.sessions).toHaveLength(1);
      expect(sessionPosts().map((r) => r.status)).toEqual([200, 200]);
      expect(a.url).toBe(fake.sessions[0]?.url);
      expect((await t.db.donation.findUniqueOrThrow({ where: { id: a.donationId } })).stripeSessionId).toBe(fake.sessions[0]?.id);
    });

    it("a changed choice with the same attempt id is a new attempt: a second donation and session", async () => {
      const campaign = await loadCampaign();

      const first = await startCheckout(t.db, payments, { form: form(fields), campaign, siteUrl });
      const changed = await startCheckout(t.db, payments, { form: form({ ...fields, quantity: "3" }), campaign, siteUrl });

      expect(changed.donationId).not.toBe(first.donationId);
      expect(changed.url).not.toBe(first.url);
      expect(fake.sessions).toHaveLength(2);
      const posts = sessionPosts();
      expect(posts).toHaveLength(2);
      expect(posts[1]?.idempotencyKey).not.toBe(posts[0]?.idempotencyKey);
      expect(lineItems(posts[1])[0]).toMatchObject({ quantity: "3", price_data: { unit_amount: "2500" } });

      const rows = await t.db.donation.findMany({ orderBy: { createdAt: "asc" } });
      expect(rows.map((r) => [r.id, r.quantity, r.amountPence, r.stripeSessionId])).toEqual([
        [first.donationId, 2, 5000, fake.sessions[0]?.id],
        [changed.donationId, 3, 7500, fake.sessions[1]?.id],
      ]);
      expect(new Set(rows.map((r) => r.attemptKey)).size).toBe(2);
    });
  });

  it("does not let the client set the amount: coats are priced from the campaign", async () => {
    await t.db.campaign.updateMany({ data: { coatPricePence: 3000 } });
    const campaign = await loadCampaign();
    expect(campaign.coatPricePence).toBe(3000);
    // (An `amount` beside coats is asked about, never priced: tests/unit/donation-form.test.ts.)
    const donated = form({ gift: "coat", quantity: "2", amountPence: "1", totalPence: "1", attempt: "attempt-tampered" });
    expect(donated).not.toHaveProperty("amountPence");
    expect(donated).not.toHaveProperty("amount");

    const result = await startCheckout(t.db, payments, { form: donated, campaign, siteUrl });

    const items = lineItems(sessionPosts()[0]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ quantity: "2", price_data: { unit_amount: "3000" } });
    expect(fake.sessions[0]?.amount_total).toBe(6000);
    const row = await t.db.donation.findUniqueOrThrow({ where: { id: result.donationId } });
    expect(row).toMatchObject({ kind: DonationKind.COAT, quantity: 2, amountPence: 6000, feePence: 0 });
  });

  it("when Stripe is down: rejects with PaymentProviderError, keeps the donation pending, and a retry reuses it", async () => {
    const campaign = await loadCampaign();
    const fields = { gift: "coat", quantity: "1", attempt: "attempt-outage" };
    fake.failNext(500);

    const error = await rejection(startCheckout(t.db, payments, { form: form(fields), campaign, siteUrl }));

    expect(error).toBeInstanceOf(PaymentProviderError);
    expect(fake.sessions).toHaveLength(0);
    expect(sessionPosts().map((r) => r.status)).toEqual([500]);
    const pending = await t.db.donation.findMany();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ status: DonationStatus.PENDING, stripeSessionId: null, amountPence: SEEDED_COAT_PENCE });

    const retried = await startCheckout(t.db, payments, { form: form(fields), campaign, siteUrl });

    expect(retried.donationId).toBe(pending[0]?.id);
    expect(fake.sessions).toHaveLength(1);
    expect(retried.url).toBe(fake.sessions[0]?.url);
    const posts = sessionPosts();
    expect(posts.map((r) => r.status)).toEqual([500, 200]);
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    const rows = await t.db.donation.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: retried.donationId, status: DonationStatus.PENDING, stripeSessionId: fake.sessions[0]?.id });
  });
});

describe("startCheckout in the built-in test mode", () => {
  it("sends the donor to the local test checkout, the same page for the same attempt", async () => {
    const campaign = await loadCampaign();
    const test = testModePayments(siteUrl);
    const fields = { gift: "coat", quantity: "2", attempt: "attempt-test-mode" };

    const first = await startCheckout(t.db, test, { form: form(fields), campaign, siteUrl });
    const again = await startCheckout(t.db, test, { form: form(fields), campaign, siteUrl });
    const other = await startCheckout(t.db, test, { form: form({ ...fields, quantity: "1" }), campaign, siteUrl });

    const pattern = new RegExp(`^${siteUrl.replace(/[.]/g, "\\.")}/donate/test-checkout/(cs_test_local_[0-9a-f]{24})$`);
    const id = pattern.exec(first.url)?.[1];
    expect(id).toBeDefined();
    expect(again).toEqual(first);
    expect(other.url).toMatch(pattern);
    expect(other.url).not.toBe(first.url);
    expect(fake.requests).toHaveLength(0);

    const row = await t.db.donation.findUniqueOrThrow({ where: { id: first.donationId } });
    expect(row).toMatchObject({ status: DonationStatus.PENDING, amountPence: 5000, stripeSessionId: id });
    expect(await t.db.donation.count()).toBe(2);
  });

  it("derives the session id from the idempotency key alone", async () => {
    const test = testModePayments(siteUrl);
    const request = {
      donationId: "don_1",
      mode: "payment" as const,
      lineItems: [{ name: "Winter coat", unitAmountPence: 2500, quantity: 1 }],
      successUrl: `${siteUrl}/donate/thank-you?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${siteUrl}/donate?cancelled=1`,
      idempotencyKey: "checkout/abc",
    };
    const a = await test.createCheckoutSession(request);
    const b = await test.createCheckoutSession({ ...request, donationId: "don_2" });
    const c = await test.createCheckoutSession({ ...request, idempotencyKey: "checkout/abd" });
    expect(a.id).toMatch(/^cs_test_local_[0-9a-f]{24}$/);
    expect(a.url).toBe(`${siteUrl}/donate/test-checkout/${a.id}`);
    expect(b).toEqual(a);
    expect(c.id).not.toBe(a.id);
  });
});
