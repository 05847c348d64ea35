// Monthly gifts: each renewal records what its invoice actually took (`amount_paid`), and a
// failed card payment (invoice.payment_failed) marks the gift failing for staff and emails the
// donor, once per failing invoice, a link to update their card. Events through the whole signed
// webhook, jobs in real pg-boss, the email through the real Resend transport to the local fake.
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { donationFilterSchema, listDonations } from "@/lib/donations/admin/admin-donations";
import { findDonationDetail } from "@/lib/donations/admin/donation-detail";
import { checkManageToken } from "@/lib/donations/manage-link";
import { sendPaymentFailedEmail } from "@/lib/donations/emails/send-payment-failed-email";
import type { EmailTransport } from "@/lib/email/message";
import { createResendTransport } from "@/lib/email/resend-transport";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues } from "@/lib/queue/jobs";
import { startFakeResend, type FakeResend } from "../../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, TEST_SITE_URL, emailConfig, findJobs, noWait } from "../../support/newsletter-fixtures";
import { invoice, invoicePaidEvent, invoicePaymentFailedEvent, stripeId, subscription, subscriptionDeletedEvent } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, deliver, seedCampaign, type SeededCampaign } from "./fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;
let boss: PgBoss;
let fake: FakeResend;
let transport: EmailTransport;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  boss = await startBoss(t.url);
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
});
afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await fake?.close();
  await t?.drop();
});
beforeEach(() => fake.reset());

const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);

async function progress() {
  const p = await computeCampaignProgress(t.db, { livemode: false });
  if (!p) throw new Error("no campaign progress");
  return p;
}

/** A monthly gift of two coats (+ fee) paid at checkout, its first invoice applied. */
async function monthlyGift() {
  const amountPence = 2 * campaign.coatPricePence;
  const donorEmail = `monthly-${stripeId("", 8)}@example.org`;
  const donation = await createPendingDonation(t.db, campaign.id, {
    kind: DonationKind.COAT,
    quantity: 2,
    amountPence,
    feePence: 95,
    frequency: DonationFrequency.MONTHLY,
    donorEmail,
  });
  const fields = { subscription: stripeId("sub_"), donationId: donation.id, customer: stripeId("cus_", 14), email: donorEmail };
  const first = invoicePaidEvent(invoice({ ...fields, amount: amountPence + 95, billingReason: "subscription_create", created: at("2026-10-01T09:00:00Z") }), {
    created: at("2026-10-01T09:00:05Z"),
  });
  expect((await deliver(t, first, { enqueue: enqueueWith(boss) })).body.outcome).toBe("applied");
  return { donation, fields, charged: amountPence + 95, donorEmail };
}

describe("a renewal records what its invoice took", () => {
  it("the same amount repeats the gift; another amount is a gift of exactly that", async () => {
    const { donation, fields, charged } = await monthlyGift();
    const enqueue = enqueueWith(boss);
    const before = await progress();

    const same = invoice({ ...fields, amount: charged, billingReason: "subscription_cycle" });
    const lower = invoice({ ...fields, amount: 1500, billingReason: "subscription_cycle" });
    const higher = invoice({ ...fields, amount: 10_000, billingReason: "subscription_cycle" });
    for (const inv of [same, lower, higher]) expect((await deliver(t, invoicePaidEvent(inv), { enqueue })).body.outcome).toBe("applied");

    const rows = await t.db.donation.findMany({
      where: { parentId: donation.id },
      select: { stripeInvoiceId: true, kind: true, quantity: true, amountPence: true, feePence: true, status: true },
    });
    const byInvoice = new Map(rows.map((r) => [r.stripeInvoiceId, r]));
    expect(byInvoice.get(same.id)).toMatchObject({
      kind: DonationKind.COAT,
      quantity: 2,
      amountPence: donation.amountPence,
      feePence: 95,
      status: DonationStatus.PAID,
    });
    expect(byInvoice.get(lower.id)).toMatchObject({ kind: DonationKind.CUSTOM, quantity: 1, amountPence: 1500, feePence: 0, status: DonationStatus.PAID });
    expect(byInvoice.get(higher.id)).toMatchObject({ kind: DonationKind.CUSTOM, quantity: 1, amountPence: 10_000, feePence: 0, status: DonationStatus.PAID });

    const after = await progress();
    expect(after.raisedPence - before.raisedPence).toBe(donation.amountPence + 1500 + 10_000);
    expect(after.donationCount - before.donationCount).toBe(3);
  });

  it("a renewal in another currency is a problem, not a donation", async () => {
    const { donation, fields } = await monthlyGift();
    const event = invoicePaidEvent(invoice({ ...fields, amount: 2000, currency: "eur", billingReason: "subscription_cycle" }));
    expect((await deliver(t, event, { enqueue: enqueueWith(boss) })).body.outcome).toBe("refused");
    expect(await t.db.donation.count({ where: { parentId: donation.id } })).toBe(0);
    expect(await t.db.paymentProblem.findUniqueOrThrow({ where: { stripeEventId: event.id } })).toMatchObject({ donationId: donation.id, kinds: "currency" });
  });
});

describe("a failed monthly payment", () => {
  it("marks the gift failing for staff and emails the donor once per invoice a link to update their card", async () => {
    const { donation, fields, charged, donorEmail } = await monthlyGift();
    const enqueue = enqueueWith(boss);
    const failed = invoice({ ...fields, amount: charged, billingReason: "subscription_cycle", paid: false, created: at("2026-11-01T09:00:00Z") });
    const firstTry = invoicePaymentFailedEvent(failed, { created: at("2026-11-01T09:00:10Z") });
    const secondTry = invoicePaymentFailedEvent(failed, { created: at("2026-11-04T09:00:10Z") });

    // Delivered twice, then Stripe's own retry fails too (a new event for the same invoice).
    expect((await deliver(t, firstTry, { enqueue })).body.outcome).toBe("applied");
    expect((await deliver(t, firstTry, { enqueue })).body.outcome).toBe("duplicate");
    expect((await deliver(t, secondTry, { enqueue })).body.outcome).toBe("applied");

    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      paymentFailing: true,
      paymentFailedAt: new Date("2026-11-04T09:00:10Z"),
      status: DonationStatus.PAID,
    });
    // No donation for an unpaid invoice.
    expect(await t.db.donation.count({ where: { stripeInvoiceId: failed.id } })).toBe(0);

    // Staff: the list's "failing" filter finds it; its page says so.
    const listed = await listDonations(t.db, donationFilterSchema.parse({ payment: "failing" }));
    expect(listed.rows.map((r) => r.id)).toContain(donation.id);
    expect(listed.rows.every((r) => r.paymentFailing)).toBe(true);
    expect(await findDonationDetail(t.db, donation.id)).toMatchObject({ paymentFailing: true, paymentFailedAt: new Date("2026-11-04T09:00:10Z") });

    // One job (keyed by the invoice), one email, however often the job runs.
    const jobs = await findJobs(boss, queues.monthlyGiftPaymentFailed, { donationId: donation.id });
    expect(jobs.map((j) => ({ data: j.data, key: j.singletonKey }))).toEqual([
      { data: { donationId: donation.id, invoiceId: failed.id }, key: `payment-failed/${failed.id}` },
    ]);
    const job = { donationId: donation.id, invoiceId: failed.id };
    expect(await sendPaymentFailedEmail(t.db, emailConfig, job, { transport, backoff: noWait })).toBe("sent");
    expect(await sendPaymentFailedEmail(t.db, emailConfig, job, { transport, backoff: noWait })).toBe("skipped");
    expect(fake.emails).toHaveLength(1);
    const [email] = fake.sentTo(donorEmail);
    expect(email?.idempotencyKey).toBe(`payment-failed/${failed.id}`);
    expect(email?.subject).toContain("the card payment didn’t go through");
    for (const part of [email?.html ?? "", email?.text ?? ""]) {
      expect(part).toContain(`${TEST_SITE_URL}/donate/manage?d=${donation.id}`);
      expect(part).toContain("2 winter coats every month");
      expect(part).toContain(`£${(charged / 100).toFixed(2)}`);
    }

    // The link in it is the gift's own, signed and in date: it opens the page for the card.
    const link = /\/donate\/manage\?d=([^&\s"]+)&(?:amp;)?t=(\d+\.[A-Za-z0-9_-]{43})/.exec(email?.text ?? "");
    expect(link?.[1]).toBe(donation.id);
    expect(checkManageToken(donation.id, link?.[2] ?? "")).toBe("valid");

    // The retry that succeeds: a payment newer than the failure; the gift is no longer failing.
    const paidLater = invoicePaidEvent({ ...failed, status: "paid", amount_paid: charged, amount_remaining: 0 }, { created: at("2026-11-05T09:00:00Z") });
    expect((await deliver(t, paidLater, { enqueue })).body.outcome).toBe("applied");
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      paymentFailing: false,
      paymentRecoveredAt: new Date("2026-11-05T09:00:00Z"),
    });
    expect((await listDonations(t.db, donationFilterSchema.parse({ payment: "failing" }))).rows.map((r) => r.id)).not.toContain(donation.id);
  });

  it("arriving after the invoice was paid, or after the gift ended, emails nobody; the order of events does not matter", async () => {
    const { donation, fields, charged } = await monthlyGift();
    const enqueue = enqueueWith(boss);
    const inv = invoice({ ...fields, amount: charged, billingReason: "subscription_cycle", created: at("2026-11-01T09:00:00Z") });
    // Stripe's retry paid it; the earlier failure's event arrives late.
    expect((await deliver(t, invoicePaidEvent(inv, { created: at("2026-11-03T09:00:00Z") }), { enqueue })).body.outcome).toBe("applied");
    expect(
      (await deliver(t, invoicePaymentFailedEvent({ ...inv, status: "open", amount_paid: 0 }, { created: at("2026-11-01T09:00:10Z") }), { enqueue })).body
        .outcome,
    ).toBe("applied");
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: donation.id } })).toMatchObject({
      paymentFailing: false,
      paymentFailedAt: new Date("2026-11-01T09:00:10Z"),
    });
    expect(await findJobs(boss, queues.monthlyGiftPaymentFailed, { donationId: donation.id })).toEqual([]);

    // The gift ended (Stripe cancels it after its last retry): a late failure emails nobody.
    await deliver(t, subscriptionDeletedEvent(subscription({ id: fields.subscription, customer: fields.customer, donationId: donation.id, amount: charged })), {
      enqueue,
    });
    const late = invoice({ ...fields, amount: charged, billingReason: "subscription_cycle", paid: false });
    expect((await deliver(t, invoicePaymentFailedEvent(late), { enqueue })).body.outcome).toBe("applied");
    expect(await findJobs(boss, queues.monthlyGiftPaymentFailed, { donationId: donation.id })).toEqual([]);
    expect((await listDonations(t.db, donationFilterSchema.parse({ payment: "failing" }))).rows.map((r) => r.id)).not.toContain(donation.id);
  });
});
