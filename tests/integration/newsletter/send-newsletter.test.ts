// Sending an update to every confirmed subscriber in batches of 100, through the real Resend SDK to
// the local fake, on a real PostgreSQL: a crash after Resend accepted a batch, an unsubscribe
// mid-send, rate limits and outages, and resuming — each confirmed reader gets exactly one copy.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-send-"));
  vi.stubEnv("AUTH_SECRET", "send-newsletter-tests-secret-0123456789abcdefg");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import type { PgBoss } from "pg-boss";
import { EmailSendError, type EmailTransport } from "@/lib/email/message";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import { createResendTransport } from "@/lib/email/resend-transport";
import { DeliveryStatus, NewsletterStatus, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { newsletterRenderer } from "@/lib/newsletter/emails";
import { listUnsubscribeHeaders } from "@/lib/newsletter/links";
import { sendNewsletterBatch } from "@/lib/newsletter/send-newsletter-batch";
import { BATCH_SIZE, startNewsletter } from "@/lib/newsletter/start-newsletter";
import { unsubscribeToken } from "@/lib/newsletter/tokens";
import { unsubscribe } from "@/lib/newsletter/unsubscribe";
import { enqueueWith, startBoss, work } from "@/lib/queue/boss";
import { queues, type Enqueue, type JobData } from "@/lib/queue/jobs";
import { seed } from "@/prisma/seed/seed";
import { startFakeResend, type FakeResend } from "../../support/fake-resend";
import { TEST_API_KEY, TEST_FROM, TEST_SITE_URL, addresses, emailConfig, findJobs, jobsFor, noWait, recordingEnqueue } from "../../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

type BatchJob = JobData[typeof queues.newsletterBatch];

const update = { subject: "Winter update: 1,000 coats", body: "# Thank you\n\nCoats are going out **every day** in Calais and Dunkirk." };

let fake: FakeResend;
let transport: EmailTransport;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
});

afterAll(async () => {
  await fake?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** One batch job as the worker runs it: a fresh renderer, the given transport. */
async function runBatch(t: TestDatabase, job: BatchJob, options: { transport?: EmailTransport; backoff?: BackoffOptions } = {}) {
  return sendNewsletterBatch(t.db, options.transport ?? transport, await newsletterRenderer(t.db, emailConfig), job, {
    backoff: { ...noWait, ...options.backoff },
  });
}

async function createSubscribers(t: TestDatabase, emails: string[], status: SubscriberStatus) {
  await t.db.subscriber.createMany({
    data: emails.map((email) => ({
      email,
      status,
      ...(status === SubscriberStatus.CONFIRMED ? { confirmedAt: new Date("2026-11-20T12:00:00Z") } : {}),
      ...(status === SubscriberStatus.UNSUBSCRIBED ? { unsubscribedAt: new Date("2026-11-25T12:00:00Z") } : {}),
    })),
  });
}

function deliveryCounts(t: TestDatabase, newsletterId: string) {
  return t.db.newsletterDelivery
    .groupBy({ by: ["status"], where: { newsletterId }, _count: { _all: true } })
    .then((rows) => Object.fromEntries(rows.map((r) => [r.status, r._count._all])));
}

describe("a newsletter to 1,000 confirmed subscribers, with a crash and an unsubscribe along the way", () => {
  let t: TestDatabase;
  const confirmed = addresses("confirmed", 1000);
  const pending = addresses("pending", 50);
  const unsubscribed = addresses("unsubscribed", 50);
  const idByEmail = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDatabase();
    await createSubscribers(t, confirmed, SubscriberStatus.CONFIRMED);
    await createSubscribers(t, pending, SubscriberStatus.PENDING);
    await createSubscribers(t, unsubscribed, SubscriberStatus.UNSUBSCRIBED);
    for (const s of await t.db.subscriber.findMany({ select: { id: true, email: true } })) idByEmail.set(s.email, s.id);
    fake.reset();
  });
  afterAll(() => t?.drop());

  it("starts, crashes, resumes and delivers exactly one copy to every confirmed subscriber still on the list", async () => {
    // ── Start: recipients fixed, 10 batches of 100 queued. ──────────────────────────────────
    const { enqueue, jobs } = recordingEnqueue();
    const started = await startNewsletter(t.db, enqueue, update);
    expect(started).toEqual({ newsletterId: expect.any(String), recipients: 1000, batches: 10 });
    const { newsletterId } = started;
    const batchJobs = jobsFor(jobs, queues.newsletterBatch);
    expect(batchJobs).toEqual(Array.from({ length: 10 }, (_, batch) => ({ newsletterId, batch })));
    expect(jobs.map((j) => j.singletonKey)).toEqual(Array.from({ length: 10 }, (_, batch) => `newsletter/${newsletterId}/${batch}`));
    expect(await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).toMatchObject({
      subject: update.subject,
      recipients: 1000,
      status: NewsletterStatus.SENDING,
      finishedAt: null,
    });

    const deliveries = await t.db.newsletterDelivery.findMany({ where: { newsletterId }, include: { subscriber: { select: { email: true, status: true } } } });
    expect(deliveries).toHaveLength(1000);
    expect(deliveries.every((d) => d.subscriber.status === SubscriberStatus.CONFIRMED && d.status === DeliveryStatus.PENDING)).toBe(true);
    const perBatch = new Map<number, string[]>();
    for (const d of deliveries) perBatch.set(d.batch, [...(perBatch.get(d.batch) ?? []), d.subscriber.email]);
    expect([...perBatch.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...perBatch.values()].map((emails) => emails.length)).toEqual(Array(10).fill(BATCH_SIZE));

    // ── Batches 0–4 go out normally. ─────────────────────────────────────────────────────────
    for (const job of batchJobs.slice(0, 5)) expect(await runBatch(t, job)).toEqual({ sent: 100, skipped: 0 });
    expect(fake.emails).toHaveLength(500);

    // ── Batch 5: Resend accepts it, then the worker dies before recording it as sent. ──────
    const crashing: EmailTransport = {
      ...transport,
      async sendBatch(emails, key) {
        await transport.sendBatch(emails, key);
        throw new Error("worker killed after Resend accepted the batch");
      },
    };
    const batch5 = batchJobs[5];
    if (!batch5) throw new Error("no batch 5");
    await expect(runBatch(t, batch5, { transport: crashing })).rejects.toThrow("worker killed");
    expect(fake.emails).toHaveLength(600);
    const inFlight = await t.db.newsletterDelivery.findMany({ where: { newsletterId, batch: 5 } });
    expect(inFlight.every((d) => d.status === DeliveryStatus.SENDING && d.sentAt === null)).toBe(true);
    expect(new Set(inFlight.map((d) => d.attemptKey)).size).toBe(1);
    const batch5Key = inFlight[0]?.attemptKey;

    // ── Before batch 7 runs, three of its readers unsubscribe (one-click). ──────────────────
    const leavers = (perBatch.get(7) ?? []).slice(10, 13);
    expect(leavers).toHaveLength(3);
    for (const email of leavers) {
      const id = idByEmail.get(email) ?? "";
      expect(await unsubscribe(t.db, { subscriberId: id, token: unsubscribeToken(id), source: "one-click" })).toBe("unsubscribed");
    }

    // ── Resume: batch 5 again (the queue's retry), then 6–9. ─────────────────────────────────
    const requestsBefore = fake.requests.length;
    expect(await runBatch(t, batch5)).toEqual({ sent: 100, skipped: 0 });
    // The retry replays the same request under the same key; Resend delivers nothing new.
    expect(fake.emails).toHaveLength(600);
    expect(fake.requests.slice(requestsBefore)).toEqual([{ method: "POST", path: "/emails/batch", idempotencyKey: batch5Key, status: 200 }]);

    for (const job of batchJobs.slice(6, 9)) {
      expect(await runBatch(t, job)).toEqual(job.batch === 7 ? { sent: 97, skipped: 3 } : { sent: 100, skipped: 0 });
    }
    expect((await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).status).toBe(NewsletterStatus.SENDING);
    const lastJob = batchJobs[9];
    if (!lastJob) throw new Error("no batch 9");
    expect(await runBatch(t, lastJob)).toEqual({ sent: 100, skipped: 0 });

    // ── At the fake: one copy each, to exactly the right people. ─────────────────────────────
    expect(fake.emails).toHaveLength(997);
    const leaverSet = new Set(leavers);
    for (const email of confirmed) expect(fake.sentTo(email), email).toHaveLength(leaverSet.has(email) ? 0 : 1);
    for (const email of [...pending, ...unsubscribed]) expect(fake.sentTo(email), email).toHaveLength(0);
    expect(new Set(fake.emails.map((e) => e.to[0])).size).toBe(997);

    // Each copy is the update, with the recipient's own unsubscribe link in its headers and body.
    for (const email of fake.emails) {
      const to = email.to[0] ?? "";
      const id = idByEmail.get(to) ?? "";
      expect(email.to).toHaveLength(1);
      expect(email.from).toBe(TEST_FROM);
      expect(email.subject).toBe(update.subject);
      expect(email.headers).toEqual(listUnsubscribeHeaders(TEST_SITE_URL, id));
      expect(email.headers?.["List-Unsubscribe"]).toContain(`?s=${id}&t=${unsubscribeToken(id)}>`);
      expect(email.html).toContain(`/newsletter/unsubscribe?s=${id}&amp;t=${unsubscribeToken(id)}`);
    }
    // One batch request per batch, each under its own key; batch 5's sent twice.
    const batchKeys = fake.requests.filter((r) => r.path === "/emails/batch").map((r) => r.idempotencyKey);
    expect(batchKeys).toHaveLength(11);
    expect(new Set(batchKeys).size).toBe(10);

    // ── In the database. ─────────────────────────────────────────────────────────────────────
    expect(await deliveryCounts(t, newsletterId)).toEqual({ [DeliveryStatus.SENT]: 997, [DeliveryStatus.SKIPPED]: 3 });
    const skipped = await t.db.newsletterDelivery.findMany({ where: { newsletterId, status: DeliveryStatus.SKIPPED }, include: { subscriber: true } });
    expect(skipped.map((d) => d.subscriber.email).sort()).toEqual([...leavers].sort());
    expect(skipped.every((d) => d.sentAt === null && d.providerId === null && d.batch === 7)).toBe(true);
    // Every SENT delivery holds the id Resend gave that recipient's email (the replay returns the originals).
    const providerIdByEmail = new Map(fake.emails.map((e) => [e.to[0], e.id]));
    const sent = await t.db.newsletterDelivery.findMany({ where: { newsletterId, status: DeliveryStatus.SENT }, include: { subscriber: true } });
    expect(sent.filter((d) => d.sentAt === null || d.providerId !== providerIdByEmail.get(d.subscriber.email))).toEqual([]);

    const finished = await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } });
    expect(finished.status).toBe(NewsletterStatus.SENT);
    expect(finished.finishedAt).toBeInstanceOf(Date);

    // ── Running an already finished batch again sends nothing. ──────────────────────────────
    const requestsAtEnd = fake.requests.length;
    for (const job of batchJobs) expect(await runBatch(t, job)).toEqual({ sent: 0, skipped: 0 });
    expect(fake.requests).toHaveLength(requestsAtEnd);
    expect(fake.emails).toHaveLength(997);
    expect(await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).toEqual(finished);
  });
});

describe("provider failures on a batch", () => {
  let t: TestDatabase;
  const readers = addresses("reader", 150);
  let jobs: BatchJob[];
  let newsletterId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    await createSubscribers(t, readers, SubscriberStatus.CONFIRMED);
    const recording = recordingEnqueue();
    const started = await startNewsletter(t.db, recording.enqueue, update);
    expect(started).toMatchObject({ recipients: 150, batches: 2 });
    newsletterId = started.newsletterId;
    jobs = jobsFor(recording.jobs, queues.newsletterBatch);
  });
  afterAll(() => t?.drop());
  beforeEach(() => fake.reset());

  it("a 429 is retried within withBackoff and the batch goes out once", async () => {
    const [batch0] = jobs;
    if (!batch0) throw new Error("no batch 0");
    fake.failNext(429, 2);
    const waits: number[] = [];
    expect(await runBatch(t, batch0, { backoff: { sleep: async (ms) => void waits.push(ms) } })).toEqual({ sent: 100, skipped: 0 });

    expect(fake.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(waits).toEqual([1000, 1000]);
    expect(fake.emails).toHaveLength(100);
    expect(new Set(fake.emails.map((e) => e.to[0])).size).toBe(100);
    expect(await t.db.newsletterDelivery.count({ where: { newsletterId, batch: 0, status: DeliveryStatus.SENT } })).toBe(100);
  });

  it("5xx beyond the attempts throws for the queue to retry; a later run completes the batch without duplicates", async () => {
    const [, batch1] = jobs;
    if (!batch1) throw new Error("no batch 1");
    fake.failNext(500, 3);
    const error = await runBatch(t, batch1, { backoff: { attempts: 3, sleep: async () => {} } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EmailSendError);
    expect(error).toMatchObject({ retryable: true, statusCode: 500 });
    expect(fake.requests.map((r) => r.status)).toEqual([500, 500, 500]);
    expect(fake.emails).toHaveLength(0);
    expect(await t.db.newsletterDelivery.count({ where: { newsletterId, batch: 1, status: DeliveryStatus.SENDING } })).toBe(50);
    expect((await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).status).toBe(NewsletterStatus.SENDING);

    // The queue's retry.
    expect(await runBatch(t, batch1)).toEqual({ sent: 50, skipped: 0 });
    expect(fake.emails).toHaveLength(50);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    // Together with batch 0 (previous test): every reader has exactly one copy.
    expect(await deliveryCounts(t, newsletterId)).toEqual({ [DeliveryStatus.SENT]: 150 });
    expect(await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).toMatchObject({
      status: NewsletterStatus.SENT,
      finishedAt: expect.any(Date),
    });
  });

  it("running a batch that is already fully SENT sends nothing", async () => {
    for (const job of jobs) expect(await runBatch(t, job)).toEqual({ sent: 0, skipped: 0 });
    expect(fake.requests).toHaveLength(0);
    expect(fake.emails).toHaveLength(0);
  });
});

describe("a newsletter with nobody to send to", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await createSubscribers(t, addresses("only-pending", 3), SubscriberStatus.PENDING);
  });
  afterAll(() => t?.drop());

  it("is finished at once (SENT with finishedAt) when no subscriber is confirmed", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    const started = await startNewsletter(t.db, enqueue, update);
    expect(started).toMatchObject({ recipients: 0, batches: 0 });
    expect(jobs).toEqual([]);
    expect(await t.db.newsletter.findUniqueOrThrow({ where: { id: started.newsletterId } })).toMatchObject({
      status: NewsletterStatus.SENT,
      finishedAt: expect.any(Date),
    });
  });
});

describe("resuming a crashed batch after the rendered email changed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await createSubscribers(t, addresses("resume", 5), SubscriberStatus.CONFIRMED);
  });
  afterAll(() => t?.drop());
  beforeEach(() => fake.reset());

  // A crash after Resend accepted a batch, then a change to what the email renders (here the
  // campaign's details in the footer; in life, a deploy) before the retry: the replay is a
  // different payload under the recorded key, Resend answers 409, and that means "sent".
  it("the retry completes the batch without sending again", async () => {
    const recording = recordingEnqueue();
    const { newsletterId } = await startNewsletter(t.db, recording.enqueue, update);
    const [job] = jobsFor(recording.jobs, queues.newsletterBatch);
    if (!job) throw new Error("no batch queued");
    const crashing: EmailTransport = {
      ...transport,
      async sendBatch(emails, key) {
        await transport.sendBatch(emails, key);
        throw new Error("worker killed after Resend accepted the batch");
      },
    };
    await expect(runBatch(t, job, { transport: crashing })).rejects.toThrow("worker killed");
    expect(fake.emails).toHaveLength(5);

    // Between the crash and the retry, the charity's details are filled in.
    await seed(t.url);

    const retry = await runBatch(t, job).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    expect(fake.emails).toHaveLength(5);
    expect(retry).toEqual({ result: { sent: 5, skipped: 0 } });
    expect(await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).toMatchObject({ status: NewsletterStatus.SENT });
  });
});

describe("through the real queue (pg-boss)", () => {
  let t: TestDatabase;
  let boss: PgBoss;
  const readers = addresses("queued", 250);

  beforeAll(async () => {
    t = await createTestDatabase();
    await createSubscribers(t, readers, SubscriberStatus.CONFIRMED);
    boss = await startBoss(t.url);
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, timeout: 5_000 });
    await t?.drop();
  });
  beforeEach(() => fake.reset());

  it("startNewsletter queues its batches in its own transaction: a failure part-way leaves no newsletter, deliveries or jobs", async () => {
    const real = enqueueWith(boss);
    let newsletterId = "";
    const failing: Enqueue = async (queue, data, options) => {
      await real(queue, data, options);
      const job = data as BatchJob;
      newsletterId = job.newsletterId;
      if (job.batch === 1) throw new Error("simulated failure after two batches were queued");
    };
    await expect(startNewsletter(t.db, failing, update)).rejects.toThrow("simulated failure");
    expect(newsletterId).not.toBe("");
    expect(await findJobs(boss, queues.newsletterBatch, { newsletterId })).toEqual([]);
    expect(await t.db.newsletter.count()).toBe(0);
    expect(await t.db.newsletterDelivery.count()).toBe(0);
  });

  it("the workers send every batch: one copy each, and the newsletter is SENT", async () => {
    await work(
      boss,
      {
        [queues.confirmSubscription]: async () => {},
        [queues.newsletterBatch]: async (job) => {
          await runBatch(t, job);
        },
      },
      { pollingIntervalSeconds: 0.5 },
    );
    const { newsletterId, batches } = await startNewsletter(t.db, enqueueWith(boss), update);
    expect(batches).toBe(3);

    await vi.waitFor(
      async () => {
        const jobs = await findJobs(boss, queues.newsletterBatch, { newsletterId });
        expect(jobs.map((j) => j.state)).toEqual(["completed", "completed", "completed"]);
      },
      { timeout: 90_000, interval: 50 },
    );
    expect(fake.emails).toHaveLength(250);
    for (const email of readers) expect(fake.sentTo(email), email).toHaveLength(1);
    expect(await deliveryCounts(t, newsletterId)).toEqual({ [DeliveryStatus.SENT]: 250 });
    expect(await t.db.newsletter.findUniqueOrThrow({ where: { id: newsletterId } })).toMatchObject({
      status: NewsletterStatus.SENT,
      finishedAt: expect.any(Date),
    });
  });
});
