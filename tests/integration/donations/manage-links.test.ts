// A monthly donor's manage links: signed and dated tokens (valid, tampered, expired, with an
// injected clock); "Email me a new link" (the same work for every address, fresh links only to
// the address the gifts were paid from, its limits per connection, per address and connection,
// and per inbox, counted in the real rate_limits table); and cancelling, whose confirmation email is queued with
// the state change, once, however often the event is delivered.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// lib/env.ts parses process.env when first imported: this file's database (for the rate limits),
// a secret and a throwaway data folder, before any module that reads it is loaded.
const { dataDir, databaseName } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { inject } = await import("vitest");
  const { testDatabaseName } = await import("../../support/test-database");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manage-links-"));
  const name = testDatabaseName();
  vi.stubEnv("AUTH_SECRET", "manage-links-tests-secret-0123456789abcdefghij");
  vi.stubEnv("DATA_DIR", dir);
  vi.stubEnv("DATABASE_URL", `${inject("pgServerUrl")}/${name}`);
  return { dataDir: dir, databaseName: name };
});

import crypto from "node:crypto";
import fs from "node:fs";
import type { PgBoss } from "pg-boss";
import type { EmailTransport } from "@/lib/email/message";
import { createResendTransport } from "@/lib/email/resend-transport";
import { checkManageToken, isValidManageToken, manageToken, MANAGE_LINK_DAYS } from "@/lib/donations/manage-link";
import { manageLinkLimits } from "@/lib/donations/manage-link-limits";
import { requestManageLinks } from "@/lib/donations/request-manage-links";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";
import { sendCancellationEmail } from "@/lib/donations/emails/send-cancellation-email";
import { sendManageLinks } from "@/lib/donations/emails/send-manage-links";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues, type JobData } from "@/lib/queue/jobs";
import { sign } from "@/lib/security/app-secret";
import { startFakeResend, type FakeEmail, type FakeResend } from "../../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, TEST_SITE_URL, emailConfig, findJobs, jobsFor, noWait, recordingEnqueue } from "../../support/newsletter-fixtures";
import { stripeId, subscription, subscriptionDeletedEvent } from "../../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { createPendingDonation, deliver, seedCampaign, type SeededCampaign } from "./fixtures";

let t: TestDatabase;
let campaign: SeededCampaign;
let charityName: string;
let fake: FakeResend;
let transport: EmailTransport;

beforeAll(async () => {
  t = await createTestDatabase({ name: databaseName });
  campaign = await seedCampaign(t);
  charityName = (await t.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).charityName;
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
});

afterAll(async () => {
  await fake?.close();
  // The rate limiter's own pool (lib/rate-limit/consume.ts) stays connected until the worker
  // exits, so the database is left to the run's throwaway server rather than dropped under it.
  await t?.db.$disconnect();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => fake.reset());

const DAY_MS = 24 * 60 * 60 * 1000;
const uniqueIp = () => `203.0.113.${crypto.randomInt(1, 255)}-${crypto.randomUUID().slice(0, 8)}`;
const address = (label: string) => `${label}-${crypto.randomBytes(4).toString("hex")}@example.org`;

/** A monthly gift as the webhook leaves it once its first payment is in. */
async function paidMonthly(donorEmail: string, overrides: { paidAt?: Date; subscriptionEndedAt?: Date } = {}) {
  const pending = await createPendingDonation(t.db, campaign.id, {
    kind: DonationKind.COAT,
    quantity: 2,
    amountPence: 2 * campaign.coatPricePence,
    frequency: DonationFrequency.MONTHLY,
    donorEmail,
  });
  await t.db.donation.update({
    where: { id: pending.id },
    data: {
      status: DonationStatus.PAID,
      paidAt: overrides.paidAt ?? new Date("2026-11-02T10:00:00Z"),
      stripeSubscriptionId: stripeId("sub_"),
      stripeCustomerId: stripeId("cus_", 14),
      subscriptionEndedAt: overrides.subscriptionEndedAt ?? null,
    },
  });
  return pending;
}

const MANAGE_LINK = /https:\/\/calaiswinteraid\.example\/donate\/manage\?d=([^&"\s]+)&(?:amp;)?t=([A-Za-z0-9._-]+)/g;

/** Every manage link in an email's text part, as [donation id, token]. */
const linksIn = (email: FakeEmail | undefined): [string, string][] =>
  [...(email?.text ?? "").matchAll(MANAGE_LINK)].map((m) => [decodeURIComponent(m[1] ?? ""), m[2] ?? ""]);

describe("the manage token", () => {
  const issued = new Date("2026-12-03T12:00:00Z");
  const id = "cmanagetokendonation0001";

  it("is valid for its donation until 30 days after it was made, and expired from then on", () => {
    const token = manageToken(id, issued);
    expect(MANAGE_LINK_DAYS).toBe(30);
    expect(checkManageToken(id, token, issued)).toBe("valid");
    expect(checkManageToken(id, token, new Date(issued.getTime() + 30 * DAY_MS - 1000))).toBe("valid");
    expect(checkManageToken(id, token, new Date(issued.getTime() + 30 * DAY_MS))).toBe("expired");
    expect(checkManageToken(id, token, new Date(issued.getTime() + 400 * DAY_MS))).toBe("expired");
    expect(isValidManageToken(id, token, new Date(issued.getTime() + 31 * DAY_MS))).toBe(false);
  });

  it("is refused when tampered with: another donation, a later expiry, a changed signature, the old undated form, junk", () => {
    const token = manageToken(id, issued);
    const [expires, signature] = token.split(".") as [string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    const now = new Date(issued.getTime() + DAY_MS);
    expect(checkManageToken("cmanagetokendonation0002", token, now)).toBe("invalid");
    expect(checkManageToken(id, `${Number(expires) + 365 * 86_400}.${signature}`, now)).toBe("invalid");
    expect(checkManageToken(id, `${expires}.${flipped}`, now)).toBe("invalid");
    // The link receipts carried before links were dated: an HMAC of the id alone.
    expect(checkManageToken(id, sign("donation-manage", id), now)).toBe("invalid");
    for (const junk of ["", ".", `${expires}.`, `.${signature}`, `-1.${signature}`, `${expires}.${signature}.x`, "x".repeat(500)]) {
      expect(checkManageToken(id, junk, now), junk).toBe("invalid");
    }
    expect(checkManageToken("", token, now)).toBe("invalid");
    expect(checkManageToken("x".repeat(65), token, now)).toBe("invalid");
    // An expired link is only called expired when its signature is ours.
    expect(checkManageToken(id, `${expires}.${flipped}`, new Date(issued.getTime() + 60 * DAY_MS))).toBe("invalid");
  });
});

describe("Email me a new link", () => {
  it("sends fresh, valid links for each active monthly gift to the address they were paid from, and only those", async () => {
    const donor = address("monthly");
    const older = await paidMonthly(donor, { paidAt: new Date("2026-10-01T09:00:00Z") });
    const newer = await paidMonthly(donor, { paidAt: new Date("2026-11-15T09:00:00Z") });
    await paidMonthly(donor, { subscriptionEndedAt: new Date("2026-11-20T09:00:00Z") });
    await paidMonthly(address("someone-else"));
    const oneOff = await createPendingDonation(t.db, campaign.id, {
      kind: DonationKind.PACK,
      quantity: 1,
      amountPence: campaign.packPricePence,
      donorEmail: donor,
    });
    await t.db.donation.update({ where: { id: oneOff.id }, data: { status: DonationStatus.PAID, paidAt: new Date() } });

    const recorded = recordingEnqueue();
    // Asked for in capitals: addresses are compared without case.
    await requestManageLinks(t.db, recorded.enqueue, donor.toUpperCase());
    const [job] = jobsFor(recorded.jobs, queues.manageLinks);
    expect(recorded.jobs).toHaveLength(1);
    expect(job?.donationIds).toEqual([older.id, newer.id]);
    // The job carries ids only: not the address that was typed.
    expect(JSON.stringify(recorded.jobs)).not.toContain(donor.split("@")[0]);
    expect(recorded.jobs[0]?.singletonKey).toBe(`manage-links/${job?.requestId}`);

    const now = new Date();
    expect(await sendManageLinks(t.db, emailConfig, job as JobData[typeof queues.manageLinks], { transport, backoff: noWait, now })).toBe("sent");
    expect(fake.emails).toHaveLength(1);
    const [email] = fake.sentTo(donor);
    expect(email?.subject).toBe(`Your link to manage your monthly gift to ${charityName}`);
    expect(email?.idempotencyKey).toBe(`manage-links/${job?.requestId}`);
    const links = linksIn(email);
    expect(links.map(([d]) => d)).toEqual([older.id, newer.id]);
    for (const [d, token] of links) {
      expect(checkManageToken(d, token, now)).toBe("valid");
      expect(checkManageToken(d, token, new Date(now.getTime() + 31 * DAY_MS))).toBe("expired");
    }
    for (const part of [email?.html ?? "", email?.text ?? ""]) {
      expect(part).toContain("2 winter coats every month");
      expect(part).toMatch(/work(s)? for 30 days/);
    }
    // HTML and text agree (the HTML has each link on its button and written out).
    expect([...new Set([...(email?.html ?? "").matchAll(MANAGE_LINK)].map((m) => `${m[1]} ${m[2]}`))]).toEqual(links.map(([d, token]) => `${d} ${token}`));

    // A retried job sends nothing more.
    expect(await sendManageLinks(t.db, emailConfig, job as JobData[typeof queues.manageLinks], { transport, backoff: noWait, now })).toBe("skipped");
    expect(fake.emails).toHaveLength(1);
  });

  it("answers an unknown address the same way, queues the same kind of job, and sends nothing", async () => {
    const recorded = recordingEnqueue();
    const stranger = address("stranger");
    await requestManageLinks(t.db, recorded.enqueue, stranger);
    const [job] = jobsFor(recorded.jobs, queues.manageLinks);
    expect(job?.donationIds).toEqual([]);
    expect(await sendManageLinks(t.db, emailConfig, job as JobData[typeof queues.manageLinks], { transport, backoff: noWait })).toBe("none");
    expect(fake.emails).toEqual([]);
  });

  it("leaves out a gift cancelled between the request and the email", async () => {
    const donor = address("changed-mind");
    const gift = await paidMonthly(donor);
    const recorded = recordingEnqueue();
    await requestManageLinks(t.db, recorded.enqueue, donor);
    await t.db.donation.update({ where: { id: gift.id }, data: { subscriptionEndedAt: new Date() } });
    const [job] = jobsFor(recorded.jobs, queues.manageLinks);
    expect(await sendManageLinks(t.db, emailConfig, job as JobData[typeof queues.manageLinks], { transport, backoff: noWait })).toBe("none");
    expect(fake.emails).toEqual([]);
  });

  // The form's action (publicAction, lib/forms/public-action.ts) counts these only for a valid
  // address: a sender over the per-address limit, or an inbox over its cap, is answered as usual
  // and nothing is queued; over the per-connection limit, the answer says how long to wait.
  it("limits each address to 3 requests an hour from one connection, without letting a stranger spend it", async () => {
    const donor = address("limited");
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) expect(await consumePersonLimit(manageLinkLimits.perPerson, donor, ip)).toEqual({ ok: true, sendEmail: true });
    expect(await consumePersonLimit(manageLinkLimits.perPerson, donor.toUpperCase(), ip)).toMatchObject({ ok: false });
    // The same address asked from another connection is not held back by the first one's count.
    expect(await consumePersonLimit(manageLinkLimits.perPerson, donor, uniqueIp())).toEqual({ ok: true, sendEmail: true });
  });

  it("sends one inbox at most 10 emails a day, whoever asks", async () => {
    const donor = address("flooded");
    for (let i = 0; i < 10; i++) expect(await consumePersonLimit(manageLinkLimits.perPerson, donor, uniqueIp())).toEqual({ ok: true, sendEmail: true });
    expect(await consumePersonLimit(manageLinkLimits.perPerson, donor, uniqueIp())).toEqual({ ok: true, sendEmail: false });
  });

  it("limits each connection to 10 requests an hour, and then says how long to wait", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) expect(await consumeRateLimit(manageLinkLimits.perConnection, ip)).toEqual({ ok: true });
    const refused = await consumeRateLimit(manageLinkLimits.perConnection, ip);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("the cancellation email", () => {
  let boss: PgBoss;

  beforeAll(async () => {
    boss = await startBoss(t.url);
  });

  afterAll(async () => {
    await boss?.stop({ graceful: false, timeout: 5_000 });
  });

  it("is queued with the cancellation, once, however often the event arrives, and sent once", async () => {
    const donor = address("cancelling");
    const gift = await paidMonthly(donor);
    const row = await t.db.donation.findUniqueOrThrow({ where: { id: gift.id }, select: { stripeSubscriptionId: true, stripeCustomerId: true } });
    const sub = subscription({ id: row.stripeSubscriptionId ?? "", customer: row.stripeCustomerId ?? "", donationId: gift.id, amount: gift.amountPence });
    const event = subscriptionDeletedEvent(sub, { created: Math.floor(Date.parse("2026-12-01T08:00:00Z") / 1000) });
    const enqueue = enqueueWith(boss);

    // Stripe delivers the same event twice, then (say after a portal cancel and a retry on our
    // side) a second event for the same subscription.
    expect((await deliver(t, event, { enqueue })).body).toMatchObject({ outcome: "applied" });
    expect((await deliver(t, event, { enqueue })).body).toMatchObject({ outcome: "duplicate" });
    expect((await deliver(t, subscriptionDeletedEvent(sub), { enqueue })).body).toMatchObject({ outcome: "applied" });

    expect((await t.db.donation.findUniqueOrThrow({ where: { id: gift.id } })).subscriptionEndedAt).toEqual(new Date("2026-12-01T08:00:00Z"));
    const jobs = await findJobs(boss, queues.monthlyGiftCancelled, { donationId: gift.id });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.data).toEqual({ donationId: gift.id });
    expect(jobs[0]?.singletonKey).toBe(`gift-cancelled/${gift.id}`);

    expect(await sendCancellationEmail(t.db, emailConfig, { donationId: gift.id }, { transport, backoff: noWait })).toBe("sent");
    expect(await sendCancellationEmail(t.db, emailConfig, { donationId: gift.id }, { transport, backoff: noWait })).toBe("skipped");
    expect(fake.emails).toHaveLength(1);
    const [email] = fake.sentTo(donor);
    expect(email?.subject).toBe(`Your monthly gift to ${charityName} has stopped`);
    expect(email?.idempotencyKey).toBe(`gift-cancelled/${gift.id}`);
    for (const part of [email?.html ?? "", email?.text ?? ""]) {
      expect(part).toContain("2 winter coats every month");
      expect(part).toContain("1 December 2026");
      expect(part).toContain("No further payments will be taken");
      expect(part).toContain(`${TEST_SITE_URL}/donate`);
    }
  });

  it("is not queued when the transaction that would end the gift rolls back", async () => {
    const gift = await paidMonthly(address("rolled-back"));
    const row = await t.db.donation.findUniqueOrThrow({ where: { id: gift.id }, select: { stripeSubscriptionId: true, stripeCustomerId: true } });
    const event = subscriptionDeletedEvent(
      subscription({ id: row.stripeSubscriptionId ?? "", customer: row.stripeCustomerId ?? "", donationId: gift.id, amount: gift.amountPence }),
    );
    const real = enqueueWith(boss);
    // The job is queued inside the transaction, then the handler's caller fails after it.
    const failing: typeof real = async (queue, data, options) => {
      await real(queue, data, options);
      throw new Error("the database went away");
    };
    expect((await deliver(t, event, { enqueue: failing })).status).toBe(500);
    expect(await findJobs(boss, queues.monthlyGiftCancelled, { donationId: gift.id })).toEqual([]);
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: gift.id } })).subscriptionEndedAt).toBeNull();

    // Stripe's retry applies it afresh: ended, and one job.
    expect((await deliver(t, event, { enqueue: real })).body).toMatchObject({ outcome: "applied" });
    expect(await findJobs(boss, queues.monthlyGiftCancelled, { donationId: gift.id })).toHaveLength(1);
  });
});
