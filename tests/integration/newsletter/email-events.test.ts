// Bounces and spam complaints from Resend's signed webhook, on a real PostgreSQL: an update goes
// out through the real Resend SDK to the local fake, the fake's signed events about those very
// emails come back, and addresses that bounced for good or complained get no more updates.
// Forged, altered, stale and repeated deliveries change nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "email-events-"));
  vi.stubEnv("AUTH_SECRET", "email-events-tests-secret-0123456789abcdefghij");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import crypto from "node:crypto";
import fs from "node:fs";
import { createResendTransport } from "@/lib/email/resend-transport";
import type { EmailTransport } from "@/lib/email/message";
import { DeliveryStatus, Suppression, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { countConfirmedSubscribers } from "@/lib/newsletter/admin-subscribers";
import { deliveryReport } from "@/lib/newsletter/email-events";
import { newsletterRenderer } from "@/lib/newsletter/emails";
import { handleResendWebhook } from "@/lib/newsletter/resend-webhook";
import { sendNewsletterBatch } from "@/lib/newsletter/send-newsletter-batch";
import { startNewsletter } from "@/lib/newsletter/start-newsletter";
import { queues } from "@/lib/queue/jobs";
import { signedWebhook, startFakeResend, webhookEventFor, type FakeResend, type FakeWebhookEvent } from "../../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, emailConfig, jobsFor, noWait, recordingEnqueue } from "../../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const SECRET = `whsec_${crypto.randomBytes(24).toString("base64")}`;
const [BOUNCES, COMPLAINS, READS, SOFT] = ["bounces@example.org", "complains@example.org", "reads@example.org", "soft@example.org"];

let fake: FakeResend;
let transport: EmailTransport;
let t: TestDatabase;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
  t = await createTestDatabase();
  await t.db.subscriber.createMany({
    data: [BOUNCES, COMPLAINS, READS, SOFT].map((email) => ({ email, status: SubscriberStatus.CONFIRMED, confirmedAt: new Date("2026-11-20T12:00:00Z") })),
  });
});

afterAll(async () => {
  await t?.drop();
  await fake?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** Starts an update and runs its batches through the fake; its id and the copies Resend accepted. */
async function sendUpdate(subject: string) {
  const before = fake.emails.length;
  const { enqueue, jobs } = recordingEnqueue();
  const started = await startNewsletter(t.db, enqueue, { subject, body: "Coats are going out every day." });
  for (const job of jobsFor(jobs, queues.newsletterBatch))
    await sendNewsletterBatch(t.db, transport, await newsletterRenderer(t.db, emailConfig), job, { backoff: noWait });
  return { ...started, copies: fake.emails.slice(before) };
}

const deliver = (event: FakeWebhookEvent, options: { id?: string; timestamp?: number; secret?: string } = {}) => {
  const { body, headers } = signedWebhook(options.secret ?? SECRET, event, options);
  return handleResendWebhook(t.db, SECRET, body, new Headers(headers));
};

const copyTo = (copies: { to: string[] }[], address: string) => {
  const copy = copies.find((c) => c.to.some((to) => to.toLowerCase().includes(address)));
  if (!copy) throw new Error(`no copy to ${address}`);
  return copy as (typeof fake.emails)[number];
};

describe("Resend's bounces and complaints", () => {
  let firstId = "";
  let firstCopies: (typeof fake.emails)[number][] = [];

  it("records what became of each copy, and stops updates to addresses that bounced for good or complained", async () => {
    const first = await sendUpdate("First update");
    firstId = first.newsletterId;
    firstCopies = first.copies;
    expect(first.recipients).toBe(4);

    const bounce = await deliver(webhookEventFor(copyTo(firstCopies, BOUNCES), "email.bounced"));
    expect(bounce).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    expect(await deliver(webhookEventFor(copyTo(firstCopies, COMPLAINS), "email.complained"))).toMatchObject({ status: 200 });
    expect(await deliver(webhookEventFor(copyTo(firstCopies, READS), "email.delivered"))).toMatchObject({ status: 200 });
    // A mailbox that is full today: logged, and updates still go.
    const soft = webhookEventFor(copyTo(firstCopies, SOFT), "email.bounced", {
      bounce: { type: "Transient", subType: "MailboxFull", message: "Mailbox full" },
    });
    expect(await deliver(soft)).toMatchObject({ status: 200 });
    // What Resend sends that this site does not act on is answered, and not kept.
    expect(await deliver(webhookEventFor(copyTo(firstCopies, READS), "email.opened"))).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });

    const subscribers = Object.fromEntries((await t.db.subscriber.findMany()).map((s) => [s.email, s]));
    expect(subscribers[BOUNCES]).toMatchObject({ suppression: Suppression.BOUNCED, status: SubscriberStatus.CONFIRMED, suppressedAt: expect.any(Date) });
    expect(subscribers[BOUNCES]?.suppressionReason).toBe("Permanent, General: The recipient's mailbox does not exist.");
    expect(subscribers[COMPLAINS]).toMatchObject({ suppression: Suppression.COMPLAINED, suppressionReason: "Marked an email from us as spam" });
    expect(subscribers[READS]?.suppressedAt).toBeNull();
    expect(subscribers[SOFT]?.suppressedAt).toBeNull();
    expect(await deliveryReport(t.db, firstId)).toEqual({ delivered: 1, bounced: 2, complained: 1 });
    expect(await countConfirmedSubscribers(t.db)).toBe(2);

    // The next update goes to the two who can and want to read it.
    const second = await sendUpdate("Second update");
    expect(second.recipients).toBe(2);
    expect(second.copies.flatMap((c) => c.to).sort()).toEqual([READS, SOFT]);
  });

  it("records a redelivered event once", async () => {
    const event = webhookEventFor(copyTo(firstCopies, READS), "email.delivered", { at: new Date("2026-12-01T10:00:00Z") });
    const first = await deliver(event, { id: "msg_same_delivery" });
    const again = await deliver(event, { id: "msg_same_delivery" });
    expect([first.body.outcome, again.body.outcome]).toEqual(["recorded", "duplicate"]);
    expect(await t.db.emailEvent.count({ where: { id: "msg_same_delivery" } })).toBe(1);
    expect(await deliveryReport(t.db, firstId)).toEqual({ delivered: 1, bounced: 2, complained: 1 });
  });

  it("refuses forged, altered, stale and unsigned deliveries, and changes nothing", async () => {
    const before = await t.db.emailEvent.count();
    const complaint = webhookEventFor(copyTo(firstCopies, READS), "email.complained");
    const forged = await deliver(complaint, { secret: `whsec_${crypto.randomBytes(24).toString("base64")}` });
    expect(forged).toEqual({ status: 400, body: { error: "The signature does not match." } });

    const { body, headers } = signedWebhook(SECRET, complaint);
    const altered = await handleResendWebhook(t.db, SECRET, body.replace(READS, SOFT), new Headers(headers));
    expect(altered.status).toBe(400);

    const stale = await deliver(complaint, { timestamp: Math.floor(Date.now() / 1000) - 60 * 60 });
    expect(stale.status).toBe(400);

    const unsigned = await handleResendWebhook(t.db, SECRET, body, new Headers({ "content-type": "application/json" }));
    expect(unsigned).toEqual({ status: 400, body: { error: "Missing signature headers." } });

    // No secret configured: nothing is believed at all.
    const unconfigured = await handleResendWebhook(t.db, undefined, body, new Headers(headers));
    expect(unconfigured.status).toBe(503);

    expect(await t.db.emailEvent.count()).toBe(before);
    expect((await t.db.subscriber.findUniqueOrThrow({ where: { email: READS } })).suppressedAt).toBeNull();
  });

  it("skips a reader who complains after a send started but before their batch went", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    const started = await startNewsletter(t.db, enqueue, { subject: "Third update", body: "More coats." });
    expect(started.recipients).toBe(2);
    const earlier = fake.emails.find((e) => e.to.includes(SOFT));
    if (!earlier) throw new Error("no earlier copy to the soft-bouncing reader");
    expect(await deliver(webhookEventFor(earlier, "email.complained"))).toMatchObject({ status: 200 });

    const [job] = jobsFor(jobs, queues.newsletterBatch);
    if (!job) throw new Error("no batch");
    expect(await sendNewsletterBatch(t.db, transport, await newsletterRenderer(t.db, emailConfig), job, { backoff: noWait })).toEqual({ sent: 1, skipped: 1 });
    const skipped = await t.db.newsletterDelivery.findFirstOrThrow({ where: { newsletterId: started.newsletterId, subscriber: { email: SOFT } } });
    expect(skipped.status).toBe(DeliveryStatus.SKIPPED);
  });

  it("logs a bounce of an email that was not an update, and leaves the list alone", async () => {
    const receipt = webhookEventFor({ id: "re_receipt_1", from: TEST_FROM, to: ["Donor Name <donor@example.org>"], subject: "Thank you" }, "email.bounced");
    expect(await deliver(receipt)).toMatchObject({ status: 200, body: { outcome: "recorded" } });
    expect(await t.db.emailEvent.findFirstOrThrow({ where: { providerId: "re_receipt_1" } })).toMatchObject({
      email: "donor@example.org",
      type: "email.bounced",
    });
    expect(await t.db.subscriber.count({ where: { email: "donor@example.org" } })).toBe(0);
  });
});
