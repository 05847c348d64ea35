// The receipt job: a donation paid through the webhook queues `receipt/<payment>`; the job handler
// renders the receipt and sends it through the real Resend SDK to the local fake. One email per
// payment, to the address the donor gave Stripe, saying what the gift buys, what was paid, whether
// Gift Aid is claimed and the reference; monthly donors also get a signed link to manage the gift.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "donation-receipt-"));
  vi.stubEnv("AUTH_SECRET", "donation-receipt-tests-secret-0123456789abcdef");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import type { EmailTransport } from "@/lib/email/message";
import { createResendTransport } from "@/lib/email/resend-transport";
import { isValidManageToken } from "@/lib/donations/manage-link";
import { sendDonationReceipt } from "@/lib/donations/emails/send-receipt";
import { GIFT_AID_WORDING_VERSION, giftAidWording } from "@/lib/donations/gift-aid-wording";
import { DonationFrequency, DonationKind, DonationStatus, GiftAidScope } from "@/lib/generated/prisma/enums";
import { queues, type JobData } from "@/lib/queue/jobs";
import { startFakeResend, type FakeEmail, type FakeResend } from "../../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, TEST_SITE_URL, emailConfig, jobsFor, noWait, recordingEnqueue } from "../../support/newsletter-fixtures";
import { checkoutEvent, checkoutSession, invoice, invoicePaidEvent, stripeId } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { cardFee, createPendingDonation, deliver, gift, seedCampaign, type GiftSpec, type PendingDonation, type SeededCampaign } from "./fixtures";

type ReceiptJob = JobData[typeof queues.donationReceipt];

let t: TestDatabase;
let campaign: SeededCampaign;
let charityName: string;
let fake: FakeResend;
let transport: EmailTransport;

beforeAll(async () => {
  t = await createTestDatabase();
  campaign = await seedCampaign(t);
  charityName = (await t.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).charityName;
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
});

afterAll(async () => {
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => fake.reset());

const send = (job: ReceiptJob) => sendDonationReceipt(t.db, emailConfig, job, { transport, backoff: noWait });

async function giftAidDeclaration(scope: GiftAidScope) {
  return t.db.giftAidDeclaration.create({
    data: {
      title: "Dr",
      firstName: "Ada",
      lastName: "Lovelace",
      houseNameOrNumber: "12",
      addressLine: "St James's Square, London",
      postcode: "SW1Y 4JH",
      scope,
      wordingVersion: GIFT_AID_WORDING_VERSION,
      wording: giftAidWording(scope, charityName),
    },
  });
}

/** A one-off gift paid through the webhook; returns the receipt job it queued. */
async function paidOneOff(spec: GiftSpec, donor: { email: string; name: string }) {
  const pending = await createPendingDonation(t.db, campaign.id, spec);
  const recorded = recordingEnqueue();
  const session = checkoutSession({
    id: pending.sessionId,
    donationId: pending.id,
    mode: "payment",
    amountTotal: pending.amountPence + pending.feePence,
    paymentIntent: stripeId("pi_"),
    customerEmail: pending.donorEmail,
    email: donor.email,
    name: donor.name,
  });
  expect((await deliver(t, checkoutEvent("checkout.session.completed", session), { enqueue: recorded.enqueue })).status).toBe(200);
  const jobs = jobsFor(recorded.jobs, queues.donationReceipt);
  expect(jobs).toHaveLength(1);
  return { pending, job: jobs[0] as ReceiptJob };
}

/** Text of the email with whitespace collapsed, for phrase checks. */
const flat = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ");

/** The manage link in an email, from the HTML (href, &amp;-escaped) and the text; they must agree. */
function manageLinkIn(email: FakeEmail): URL {
  const pattern = /https:\/\/calaiswinteraid\.example\/donate\/manage\?d=[^"\s\]<>]+/;
  const fromHtml = pattern.exec(email.html ?? "")?.[0]?.replaceAll("&amp;", "&");
  const fromText = pattern.exec(email.text ?? "")?.[0];
  expect(fromHtml).toBeDefined();
  expect(fromText).toBe(fromHtml);
  return new URL(fromHtml ?? "");
}

describe("sendDonationReceipt", () => {
  it("sends one email to the donor: what the gift buys, the amounts, Gift Aid and the reference", async () => {
    const declaration = await giftAidDeclaration(GiftAidScope.THIS_DONATION);
    const coats = gift(campaign, DonationKind.COAT, 2);
    const { pending, job } = await paidOneOff(
      { ...coats, feePence: cardFee(coats.amountPence), giftAidDeclarationId: declaration.id, donorEmail: "typed-at-checkout@example.org" },
      { email: "ada@example.org", name: "Ada Lovelace" },
    );
    expect(job).toEqual({ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` });

    expect(await send(job)).toBe("sent");
    expect(fake.emails).toHaveLength(1);
    const email = fake.emails[0] as FakeEmail;
    // The address the donor gave Stripe's page wins over the one typed on ours.
    expect(email).toMatchObject({
      from: TEST_FROM,
      to: ["ada@example.org"],
      subject: `Thank you for your gift to ${charityName}`,
      idempotencyKey: job.idempotencyKey,
    });
    for (const body of [flat(email.html), flat(email.text)]) {
      expect(body).toContain("Thank you, Ada");
      expect(body).toContain(`Your gift to ${charityName} has arrived: 2 winter coats.`);
      expect(body).toContain("£50"); // the gift
      expect(body).toContain("£0.95"); // the card fee the donor covered
      expect(body).toContain("£50.95"); // paid in all
      expect(body).toContain("Yes: we will claim 25p for every £1 you gave");
      expect(body).toContain(pending.id);
      expect(body).not.toContain("/donate/manage");
    }
    expect(await t.db.emailMessage.findMany()).toEqual([
      expect.objectContaining({ idempotencyKey: job.idempotencyKey, to: "ada@example.org", providerId: email.id }),
    ]);
  });

  it("a monthly gift without Gift Aid: 'Not claimed', and a signed link to manage or cancel it", async () => {
    const pending = await createPendingDonation(t.db, campaign.id, {
      ...gift(campaign, DonationKind.PACK, 3),
      frequency: DonationFrequency.MONTHLY,
      donorEmail: "grace@example.org",
    });
    const recorded = recordingEnqueue();
    const sub = stripeId("sub_");
    const customerId = stripeId("cus_", 14);
    const firstInvoice = stripeId("in_");
    const session = checkoutSession({
      id: pending.sessionId,
      donationId: pending.id,
      mode: "subscription",
      amountTotal: pending.amountPence,
      customer: customerId,
      subscription: sub,
      invoice: firstInvoice,
      customerEmail: pending.donorEmail,
      name: "Grace Hopper",
    });
    await deliver(t, checkoutEvent("checkout.session.completed", session), { enqueue: recorded.enqueue });
    const fields = { subscription: sub, donationId: pending.id, customer: customerId, amount: pending.amountPence };
    await deliver(t, invoicePaidEvent(invoice({ ...fields, id: firstInvoice, billingReason: "subscription_create" })), { enqueue: recorded.enqueue });
    const renewalInvoice = stripeId("in_");
    await deliver(t, invoicePaidEvent(invoice({ ...fields, id: renewalInvoice, billingReason: "subscription_cycle" })), { enqueue: recorded.enqueue });
    const jobs = jobsFor(recorded.jobs, queues.donationReceipt);
    const renewal = await t.db.donation.findUniqueOrThrow({ where: { stripeInvoiceId: renewalInvoice } });
    expect(jobs).toEqual([
      { donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` },
      { donationId: renewal.id, idempotencyKey: `receipt/${renewalInvoice}` },
    ]);

    for (const job of jobs) expect(await send(job)).toBe("sent");
    expect(fake.emails).toHaveLength(2);
    const [first, second] = fake.emails as [FakeEmail, FakeEmail];
    for (const [email, reference] of [
      [first, pending.id],
      [second, renewal.id],
    ] as const) {
      expect(email).toMatchObject({ to: ["grace@example.org"], subject: `Thank you for your monthly gift to ${charityName}` });
      for (const body of [flat(email.html), flat(email.text)]) {
        expect(body).toContain("3 clothing packs");
        expect(body).toContain("£39");
        expect(body).toContain("Not claimed");
        expect(body).toContain(reference);
      }
      // Every receipt of the gift manages the same subscription: the first donation's.
      const link = manageLinkIn(email);
      expect(link.origin + link.pathname).toBe(`${TEST_SITE_URL}/donate/manage`);
      expect(link.searchParams.get("d")).toBe(pending.id);
      expect(isValidManageToken(pending.id, link.searchParams.get("t") ?? "")).toBe(true);
      expect(isValidManageToken(renewal.id, link.searchParams.get("t") ?? "")).toBe(false);
    }
  });

  it("a custom amount reads as 'A gift of …'", async () => {
    const { job } = await paidOneOff(gift(campaign, DonationKind.CUSTOM, 1, 4_250), { email: "bob@example.org", name: "Bob" });
    await send(job);
    expect(flat(fake.emails[0]?.text)).toContain("has arrived: A gift of £42.50.");
  });

  it("the same job twice (a retried job, a replayed event) sends one email", async () => {
    const { job } = await paidOneOff(gift(campaign, DonationKind.COAT, 1), { email: "twice@example.org", name: "Twice" });
    await send(job);
    await send(job);
    expect(fake.emails).toHaveLength(1);
    expect(fake.requests.filter((r) => r.path === "/emails")).toHaveLength(1);

    // A crash between Resend accepting it and our record of it: the retry reuses the key, and
    // Resend answers with the email it already has.
    await t.db.emailMessage.delete({ where: { idempotencyKey: job.idempotencyKey } });
    await send(job);
    expect(fake.emails).toHaveLength(1);
    expect(await t.db.emailMessage.count({ where: { idempotencyKey: job.idempotencyKey } })).toBe(1);
  });

  it("an unpaid donation (or one that does not exist) is skipped: no email", async () => {
    const pending: PendingDonation = await createPendingDonation(t.db, campaign.id, gift(campaign, DonationKind.COAT, 1));
    expect(await send({ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` })).toBe("skipped");
    await t.db.donation.update({ where: { id: pending.id }, data: { status: DonationStatus.EXPIRED, expiredAt: new Date() } });
    expect(await send({ donationId: pending.id, idempotencyKey: `receipt/${pending.sessionId}` })).toBe("skipped");
    expect(await send({ donationId: "cmnosuchdonation000000000", idempotencyKey: "receipt/cs_test_nothing" })).toBe("skipped");
    expect(fake.emails).toEqual([]);
    expect(fake.requests).toEqual([]);
    expect(await t.db.emailMessage.count({ where: { idempotencyKey: `receipt/${pending.sessionId}` } })).toBe(0);
  });
});
