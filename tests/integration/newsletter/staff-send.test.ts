// What the staff area's "Send a test to me" and "Send to N confirmed subscribers" do, on a real
// PostgreSQL with real pg-boss: a test goes through the real mailer to one address only; a
// send starts once per compose form however often it is submitted, with its audit record.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-staff-send-"));
  vi.stubEnv("AUTH_SECRET", "staff-send-tests-secret-0123456789abcdefghijk");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import path from "node:path";
import type { PgBoss } from "pg-boss";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { createResendTransport } from "@/lib/email/resend-transport";
import { DeliveryStatus, NewsletterStatus, StaffRole, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { sendTestNewsletter } from "@/lib/newsletter/send-test-newsletter";
import { newSendToken, sendToSubscribers } from "@/lib/newsletter/send-to-subscribers";
import { startNewsletter } from "@/lib/newsletter/start-newsletter";
import { enqueueWith, startBoss } from "@/lib/queue/boss";
import { queues, type Enqueue } from "@/lib/queue/jobs";
import { startFakeResend, type FakeResend } from "../../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, TEST_SITE_URL, addresses, emailConfig, findJobs, noWait } from "../../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const update = {
  subject: "Coats are reaching Dunkirk",
  body: "## This week\n\nWe handed out **212 coats**. <script>alert('x')</script>\n\n[Read more](javascript:alert(1)) or [see the appeal](https://calaiswinteraid.example/).",
};

let t: TestDatabase;
let boss: PgBoss;
let enqueue: Enqueue;
let fake: FakeResend;
let staff: { id: string; email: string };
const readers = addresses("reader", 150);

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  boss = await startBoss(t.url);
  enqueue = enqueueWith(boss);
  staff = await t.db.user.create({ data: { email: "sender@example.org", role: StaffRole.ADMIN }, select: { id: true, email: true } });
});
afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});
beforeEach(() => fake.reset());

describe("Send a test to me", () => {
  const resend = () => createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });

  it("sends the rendered update to the member of staff only, marked [Test], sanitised, and records it", async () => {
    await t.db.subscriber.create({ data: { email: "someone@example.org", status: SubscriberStatus.CONFIRMED } });
    const { idempotencyKey } = await sendTestNewsletter(t.db, emailConfig, update, staff, { transport: resend(), backoff: noWait });

    expect(fake.emails).toHaveLength(1);
    const [email] = fake.emails;
    expect(email).toMatchObject({ to: ["sender@example.org"], subject: "[Test] Coats are reaching Dunkirk", idempotencyKey });
    expect(idempotencyKey).toMatch(new RegExp(`^newsletter-test/${staff.id}/[0-9a-f-]{36}$`));
    // The same pipeline as the real copies: Markdown rendered, raw HTML and javascript: links dropped.
    expect(email?.html).toContain("<strong>212 coats</strong>");
    expect(email?.html).toContain('href="https://calaiswinteraid.example/"');
    expect(email?.html).not.toMatch(/<script|javascript:/i);
    expect(email?.text).toContain("212 coats");
    // A staff copy's unsubscribe link is the page that explains each reader has their own.
    expect(email?.html).toContain(`${TEST_SITE_URL}/newsletter/unsubscribe"`);
    expect(await t.db.emailMessage.findUnique({ where: { idempotencyKey } })).toMatchObject({
      to: "sender@example.org",
      subject: "[Test] Coats are reaching Dunkirk",
    });
    expect(await t.db.auditLog.findMany({ where: { action: "newsletter.test" } })).toEqual([
      expect.objectContaining({ actorId: staff.id, subject: "sender@example.org", details: { subject: update.subject, idempotencyKey } }),
    ]);
    // Nothing was started for subscribers.
    expect(await t.db.newsletter.count()).toBe(0);
    await t.db.subscriber.deleteMany();
  });

  it("sends again when pressed again: each press is its own email under its own key", async () => {
    const first = await sendTestNewsletter(t.db, emailConfig, update, staff, { transport: resend(), backoff: noWait });
    const second = await sendTestNewsletter(t.db, emailConfig, update, staff, { transport: resend(), backoff: noWait });
    expect(first.idempotencyKey).not.toBe(second.idempotencyKey);
    expect(fake.sentTo("sender@example.org")).toHaveLength(2);
  });

  it("writes to the outbox when no provider is configured", async () => {
    const dir = path.join(dataDir, "outbox");
    const { idempotencyKey } = await sendTestNewsletter(t.db, emailConfig, update, staff, {
      transport: createOutboxTransport({ dir, from: TEST_FROM, log: () => {} }),
    });
    // Headers unfolded (long ones continue on an indented line).
    const files = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8").replace(/\r?\n[ \t]+/g, " "));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^To: sender@example\.org$/m);
    expect(files[0]).toMatch(/^Subject: \[Test\] Coats are reaching Dunkirk$/m);
    expect(files[0]).toContain(`X-Idempotency-Key: ${idempotencyKey}`);
  });

  it("refuses an update that is not ready, sending nothing", async () => {
    await expect(sendTestNewsletter(t.db, emailConfig, { subject: "Two\nlines", body: "Hello" }, staff, { transport: resend() })).rejects.toThrow();
    expect(fake.emails).toHaveLength(0);
  });
});

describe("Send to N confirmed subscribers", () => {
  it("with nobody confirmed, starts nothing", async () => {
    await t.db.subscriber.create({ data: { email: "not-yet@example.org" } });
    expect(await sendToSubscribers(t.db, enqueue, { token: newSendToken(), ...update }, staff.id)).toEqual({ status: "nobody-to-send-to" });
    expect(await t.db.newsletter.count()).toBe(0);
  });

  it("starts once when the same form is submitted twice at once, with one audit record and one set of jobs", async () => {
    await t.db.subscriber.createMany({ data: readers.map((email) => ({ email, status: SubscriberStatus.CONFIRMED, confirmedAt: new Date() })) });
    const token = newSendToken();
    const outcomes = await Promise.all([1, 2, 3].map(() => sendToSubscribers(t.db, enqueue, { token, ...update }, staff.id)));

    expect(outcomes.filter((o) => o.status === "started")).toEqual([{ status: "started", newsletterId: token, recipients: 150 }]);
    expect(outcomes.filter((o) => o.status === "already-sent")).toEqual([
      { status: "already-sent", newsletterId: token, subject: update.subject, sameContent: true },
      { status: "already-sent", newsletterId: token, subject: update.subject, sameContent: true },
    ]);
    expect(await t.db.newsletter.findMany()).toEqual([
      expect.objectContaining({ id: token, subject: update.subject, recipients: 150, status: NewsletterStatus.SENDING, createdById: staff.id }),
    ]);
    expect(await t.db.newsletterDelivery.count({ where: { newsletterId: token, status: DeliveryStatus.PENDING } })).toBe(150);
    const jobs = await findJobs(boss, queues.newsletterBatch, { newsletterId: token });
    expect(jobs.map((j) => j.data.batch).sort()).toEqual([0, 1]);
    expect(await t.db.auditLog.findMany({ where: { action: "newsletter.send" } })).toEqual([
      expect.objectContaining({ actorId: staff.id, subject: token, details: { subject: update.subject, recipients: 150, batches: 2 } }),
    ]);
  });

  it("a later submit of the used form sends nothing, and says whether it was the same update", async () => {
    const [sent] = await t.db.newsletter.findMany({ select: { id: true } });
    const token = sent?.id ?? "";
    expect(await sendToSubscribers(t.db, enqueue, { token, ...update }, staff.id)).toEqual({
      status: "already-sent",
      newsletterId: token,
      subject: update.subject,
      sameContent: true,
    });
    expect(await sendToSubscribers(t.db, enqueue, { token, subject: "A different update", body: "Other words." }, staff.id)).toMatchObject({
      status: "already-sent",
      sameContent: false,
    });
    expect(await t.db.newsletter.count()).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "newsletter.send" } })).toBe(1);

    // A fresh form is a fresh update.
    const next = await sendToSubscribers(t.db, enqueue, { token: newSendToken(), subject: "A different update", body: "Other words." }, staff.id);
    expect(next).toMatchObject({ status: "started", recipients: 150 });
    expect(await t.db.newsletter.count()).toBe(2);
  });

  it("refuses a token that is not one of ours", async () => {
    await expect(sendToSubscribers(t.db, enqueue, { token: "../../etc", ...update }, staff.id)).rejects.toThrow();
    expect(await t.db.newsletter.count()).toBe(2);
  });

  it("the audit record commits with the send or not at all", async () => {
    const before = await t.db.newsletter.count();
    const failingAudit = startNewsletter(t.db, enqueue, update, {
      id: newSendToken(),
      createdById: staff.id,
      alsoInTransaction: async (tx) => {
        await tx.auditLog.create({ data: { actorId: staff.id, action: "newsletter.send", subject: "doomed" } });
        throw new Error("simulated failure after the audit record");
      },
    });
    await expect(failingAudit).rejects.toThrow("simulated failure");
    expect(await t.db.newsletter.count()).toBe(before);
    expect(await t.db.auditLog.count({ where: { subject: "doomed" } })).toBe(0);
  });
});
