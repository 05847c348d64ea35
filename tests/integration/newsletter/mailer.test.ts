// sendEmail and the two transports against a real PostgreSQL and the local fake of Resend's API
// (through the real SDK), the confirmation job handler, and pg-boss retrying a confirmation while
// Resend is down.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-mailer-"));
  vi.stubEnv("AUTH_SECRET", "mailer-tests-secret-0123456789abcdefghijklmnop");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PgBoss } from "pg-boss";
import { sendEmail } from "@/lib/email/mailer";
import { EmailSendError, outgoingEmailSchema, type EmailTransport, type OutgoingEmail } from "@/lib/email/message";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { createResendTransport } from "@/lib/email/resend-transport";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import { confirmSubscription } from "@/lib/newsletter/confirm-subscription";
import { listUnsubscribeHeaders } from "@/lib/newsletter/links";
import { sendConfirmation } from "@/lib/newsletter/send-confirmation";
import { subscribe } from "@/lib/newsletter/subscribe";
import { unsubscribeToken } from "@/lib/newsletter/tokens";
import { unsubscribe } from "@/lib/newsletter/unsubscribe";
import { enqueueWith, startBoss, work } from "@/lib/queue/boss";
import { queues, type JobData } from "@/lib/queue/jobs";
import { startFakeResend, type FakeResend } from "../../support/fake-resend";
import {
  TEST_API_KEY,
  TEST_FROM,
  TEST_SITE_URL,
  confirmTokenIn,
  emailConfig,
  findJobs,
  jobsFor,
  newsletterSnapshot,
  noWait,
  recordingEnqueue,
} from "../../support/newsletter-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

let t: TestDatabase;
let fake: FakeResend;
let transport: EmailTransport;
let boss: PgBoss | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
});

afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => fake.reset());

function message(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    to: "donor@example.org",
    subject: "Thank you for your gift",
    html: "<p>Thank you.</p>",
    text: "Thank you.",
    idempotencyKey: `receipt/${crypto.randomUUID()}`,
    ...overrides,
  };
}

/** A backoff that records how long it was asked to wait, and does not wait. */
function recordingBackoff(attempts?: number) {
  const waits: number[] = [];
  return { waits, backoff: { ...(attempts ? { attempts } : {}), sleep: async (ms: number) => void waits.push(ms) } };
}

describe("sendEmail", () => {
  it("sends a key once: the second call is skipped and the EmailMessage row records the send", async () => {
    const email = message();
    const first = await sendEmail(t.db, email, { transport, backoff: noWait });
    const second = await sendEmail(t.db, { ...email }, { transport, backoff: noWait });

    expect(first).toEqual({ id: fake.emails[0]?.id, skipped: false });
    expect(second).toEqual({ id: first.id, skipped: true });
    expect(fake.emails).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
    expect(fake.emails[0]).toMatchObject({ from: TEST_FROM, to: ["donor@example.org"], subject: email.subject, idempotencyKey: email.idempotencyKey });
    expect(await t.db.emailMessage.findMany({ where: { idempotencyKey: email.idempotencyKey } })).toEqual([
      expect.objectContaining({ idempotencyKey: email.idempotencyKey, to: "donor@example.org", subject: email.subject, providerId: first.id }),
    ]);
  });

  it("a crash between Resend's answer and our record does not send twice: Resend deduplicates the key", async () => {
    const email = message();
    // The send that reached Resend, whose EmailMessage row was never written.
    const { id } = await transport.send(email);
    expect(await t.db.emailMessage.count({ where: { idempotencyKey: email.idempotencyKey } })).toBe(0);

    expect(await sendEmail(t.db, email, { transport, backoff: noWait })).toEqual({ id, skipped: false });
    expect(fake.emails).toHaveLength(1);
    expect(fake.requests.map((r) => [r.idempotencyKey, r.status])).toEqual([
      [email.idempotencyKey, 200],
      [email.idempotencyKey, 200],
    ]);
    expect((await t.db.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: email.idempotencyKey } })).providerId).toBe(id);
  });

  it("retries a 429 after Resend's Retry-After and then succeeds, sending once", async () => {
    fake.failNext(429, 2);
    const { waits, backoff } = recordingBackoff();
    const email = message();
    const result = await sendEmail(t.db, email, { transport, backoff });

    expect(result.skipped).toBe(false);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(fake.emails).toHaveLength(1);
    expect(fake.sentTo("donor@example.org")).toHaveLength(1);
    // The fake's 429 says Retry-After: 1, and withBackoff waits that long rather than its own guess.
    expect(waits).toEqual([1000, 1000]);
    expect(await t.db.emailMessage.count({ where: { idempotencyKey: email.idempotencyKey } })).toBe(1);
  });

  it("when Resend is down, throws a retryable EmailSendError after its attempts and records nothing; later it sends once", async () => {
    fake.down();
    const { waits, backoff } = recordingBackoff(3);
    const email = message();
    const error = await sendEmail(t.db, email, { transport, backoff }).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(EmailSendError);
    expect(error).toMatchObject({ retryable: true, statusCode: 503 });
    expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 503]);
    // Exponential backoff from 500 ms between the three attempts.
    expect(waits).toEqual([500, 1000]);
    expect(fake.emails).toHaveLength(0);
    expect(await t.db.emailMessage.count({ where: { idempotencyKey: email.idempotencyKey } })).toBe(0);

    fake.healthy();
    expect((await sendEmail(t.db, email, { transport, backoff: noWait })).skipped).toBe(false);
    expect(fake.emails).toHaveLength(1);
  });

  it("two workers sending the same key at once: one email, one row, both succeed", async () => {
    const email = message();
    const results = await Promise.all(Array.from({ length: 4 }, () => sendEmail(t.db, { ...email }, { transport, backoff: noWait })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(fake.emails).toHaveLength(1);
    expect(await t.db.emailMessage.count({ where: { idempotencyKey: email.idempotencyKey } })).toBe(1);
  });

  it("a network failure (nothing listening) is retryable", async () => {
    const closed = await startFakeResend({ apiKey: TEST_API_KEY });
    const unreachable = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: closed.url });
    await closed.close();
    const { waits, backoff } = recordingBackoff(2);
    await expect(sendEmail(t.db, message(), { transport: unreachable, backoff })).rejects.toMatchObject({
      name: "EmailSendError",
      retryable: true,
      statusCode: undefined,
    });
    expect(waits).toEqual([500]);
  });

  it("does not retry what Resend refuses for good (a wrong API key)", async () => {
    const wrongKey = createResendTransport({ apiKey: "re_wrong_key", from: TEST_FROM, baseUrl: fake.url });
    await expect(sendEmail(t.db, message(), { transport: wrongKey, backoff: noWait })).rejects.toMatchObject({
      name: "EmailSendError",
      retryable: false,
      statusCode: 403,
    });
    expect(fake.requests.map((r) => r.status)).toEqual([403]);
  });
});

describe("outgoingEmailSchema", () => {
  /** Every message, including those zod nests (a record key's own issues sit under "Invalid key in record"). */
  function issueMessages(issues: readonly z.core.$ZodIssue[]): string[] {
    return issues.flatMap((issue) => [issue.message, ...("issues" in issue && Array.isArray(issue.issues) ? issueMessages(issue.issues.flat()) : [])]);
  }

  it.each<[string, Partial<OutgoingEmail>, string]>([
    ["a CRLF in the address", { to: "donor@example.org\r\nBcc: everyone@example.org" }, "The address must not contain line breaks or other control characters"],
    ["a LF in the address", { to: "donor@example.org\nBcc: everyone@example.org" }, "The address must not contain line breaks or other control characters"],
    ["a CRLF in the subject", { subject: "Hello\r\nBcc: everyone@example.org" }, "The subject must not contain line breaks or other control characters"],
    ["a CR in the subject", { subject: "Hello\rBcc: everyone@example.org" }, "The subject must not contain line breaks or other control characters"],
    [
      "a CRLF in a header value",
      { headers: { "List-Unsubscribe": "<https://example.org/u>\r\nBcc: everyone@example.org" } },
      "A header value must not contain line breaks or other control characters",
    ],
    [
      "a CRLF in a header name",
      { headers: { "X-Note\r\nBcc": "everyone@example.org" } },
      "A header name must not contain line breaks or other control characters",
    ],
    [
      "a CRLF in the idempotency key",
      { idempotencyKey: "receipt/1\r\nX-Evil: 1" },
      "The idempotency key must not contain line breaks or other control characters",
    ],
  ])("rejects %s, and sendEmail sends and records nothing", async (_label, overrides, expected) => {
    const email = message(overrides);
    const result = outgoingEmailSchema.safeParse(email);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issueMessages(result.error.issues)).toContain(expected);

    const before = await newsletterSnapshot(t.db);
    await expect(sendEmail(t.db, email, { transport, backoff: noWait })).rejects.toBeInstanceOf(z.ZodError);
    expect(fake.requests).toHaveLength(0);
    expect(await newsletterSnapshot(t.db)).toEqual(before);
  });

  it("accepts the List-Unsubscribe headers a newsletter carries", () => {
    expect(outgoingEmailSchema.safeParse(message({ headers: listUnsubscribeHeaders(TEST_SITE_URL, "ckabc123") })).success).toBe(true);
  });
});

describe("the outbox transport", () => {
  /** The header block of an .eml file, unfolded (RFC 5322 §2.2.3), as "Name: value" lines. */
  function headerLines(eml: string): string[] {
    const head = eml.split(/\r?\n\r?\n/)[0] ?? "";
    return head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/);
  }

  it("writes one .eml per idempotency key with the headers; the same key again keeps the one file", async () => {
    const dir = fs.mkdtempSync(path.join(dataDir, "outbox-"));
    const logged: string[] = [];
    const outbox = createOutboxTransport({ dir, from: TEST_FROM, replyTo: "help@calaiswinteraid.example", log: (line) => logged.push(line) });
    const headers = listUnsubscribeHeaders(TEST_SITE_URL, "ckoutbox0001");
    const email = message({ to: "reader@example.org", subject: "Winter update", headers, idempotencyKey: "newsletter/n1/ckoutbox0001" });

    const first = await sendEmail(t.db, email, { transport: outbox });
    // The same key straight through the transport (as a retry after a lost DB write would): no new file.
    const again = await outbox.send({ ...email, subject: "A different subject" });
    expect(again.id).toBe(first.id);
    expect(await outbox.sendBatch([email], "batch-key")).toEqual({ ids: [first.id] });

    const files = fs.readdirSync(dir);
    expect(files).toEqual([`${first.id}.eml`]);
    expect(logged).toHaveLength(1);

    const lines = headerLines(fs.readFileSync(path.join(dir, files[0] ?? ""), "utf8"));
    expect(lines).toEqual(
      expect.arrayContaining([
        `From: ${TEST_FROM}`,
        "To: reader@example.org",
        "Reply-To: help@calaiswinteraid.example",
        "Subject: Winter update",
        `List-Unsubscribe: ${headers["List-Unsubscribe"]}`,
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-Idempotency-Key: newsletter/n1/ckoutbox0001",
      ]),
    );
    expect(lines.filter((l) => l.startsWith("Subject:"))).toEqual(["Subject: Winter update"]);

    // Another key is another file.
    await outbox.send(message({ idempotencyKey: "receipt/other" }));
    expect(fs.readdirSync(dir)).toHaveLength(2);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("sendConfirmation", () => {
  async function pendingSubscriber(email: string) {
    const { enqueue, jobs } = recordingEnqueue();
    await subscribe(t.db, enqueue, { email, source: "home" });
    const job = jobsFor(jobs, queues.confirmSubscription)[0];
    if (!job) throw new Error("no job queued");
    return job;
  }

  it("sends the link once per signup, under the signup's key, even when the job runs twice", async () => {
    const job = await pendingSubscriber("once@example.org");
    expect(await sendConfirmation(t.db, emailConfig, job, { transport, backoff: noWait })).toBe("sent");
    expect(await sendConfirmation(t.db, emailConfig, job, { transport, backoff: noWait })).toBe("sent");
    expect(fake.sentTo("once@example.org")).toHaveLength(1);
    expect(fake.emails[0]?.idempotencyKey).toBe(`confirm/${job.subscriberId}/${job.nonce}`);
  });

  it("sends nothing for a superseded signup (the nonce changed), a confirmed one, an unsubscribed one or an unknown id", async () => {
    const superseded = await pendingSubscriber("superseded@example.org");
    await subscribe(t.db, recordingEnqueue().enqueue, { email: "superseded@example.org", source: "footer" });

    const confirmedJob = await pendingSubscriber("confirmed@example.org");
    expect(await sendConfirmation(t.db, emailConfig, confirmedJob, { transport, backoff: noWait })).toBe("sent");
    expect(await confirmSubscription(t.db, confirmTokenIn(fake.emails[0]))).toBe("confirmed");

    const leaver = await pendingSubscriber("leaver@example.org");
    expect(await unsubscribe(t.db, { subscriberId: leaver.subscriberId, token: unsubscribeToken(leaver.subscriberId), source: "unsubscribe-page" })).toBe(
      "unsubscribed",
    );
    fake.reset();

    const before = await newsletterSnapshot(t.db);
    for (const job of [superseded, confirmedJob, leaver, { subscriberId: "no-such-subscriber", nonce: superseded.nonce }]) {
      expect(await sendConfirmation(t.db, emailConfig, job, { transport, backoff: noWait })).toBe("superseded");
    }
    expect(fake.requests).toHaveLength(0);
    expect(await newsletterSnapshot(t.db)).toEqual(before);
  });
});

describe("Resend down: the signup still succeeds and the queue retries the confirmation", () => {
  // Real pg-boss, as startBoss() and work() configure it, with one change: startBoss() gives the
  // queue retryDelay 5 s with exponential backoff (up to 8 retries); here the queue is updated to
  // a fixed 1 s delay. Nothing else is simulated: the handler throws, pg-boss puts the job in
  // `retry`, and the worker's next fetch delivers it. The queue keeps `notify: true`, and a retry
  // falling due sends no NOTIFY, so the worker only notices it at its backstop poll
  // (notifyPollingIntervalSeconds: 10 in work()): this test takes about 10 s by design.
  type Attempt = { ok: boolean; error?: unknown };

  it("fails the job while Resend is down, then the retry delivers exactly one email", { timeout: 150_000 }, async () => {
    const queueBoss = await startBoss(t.url);
    boss = queueBoss;
    await queueBoss.updateQueue(queues.confirmSubscription, { retryLimit: 8, retryDelay: 1, retryBackoff: false });

    const attempts: Attempt[] = [];
    await work(
      queueBoss,
      {
        [queues.confirmSubscription]: async (job: JobData[typeof queues.confirmSubscription]) => {
          try {
            await sendConfirmation(t.db, emailConfig, job, { transport, backoff: noWait });
            attempts.push({ ok: true });
          } catch (error) {
            attempts.push({ ok: false, error });
            throw error;
          }
        },
        [queues.newsletterBatch]: async () => {},
      },
      { pollingIntervalSeconds: 0.5 },
    );

    fake.down();
    const address = "patient@example.org";
    expect(await subscribe(t.db, enqueueWith(queueBoss), { email: address, source: "home" })).toBe("confirmation-queued");
    const subscriber = await t.db.subscriber.findUniqueOrThrow({ where: { email: address } });
    expect(subscriber.status).toBe(SubscriberStatus.PENDING);

    // The first attempt fails (each attempt is withBackoff's 4 tries, all 503) and pg-boss
    // schedules a retry.
    await vi.waitFor(
      async () => {
        const [job] = await findJobs(queueBoss, queues.confirmSubscription, { subscriberId: subscriber.id });
        expect(job?.state).toBe("retry");
      },
      { timeout: 60_000, interval: 25 },
    );
    expect(attempts[0]?.ok).toBe(false);
    expect(attempts[0]?.error).toBeInstanceOf(EmailSendError);
    expect(attempts[0]?.error).toMatchObject({ retryable: true, statusCode: 503 });
    expect(fake.emails).toHaveLength(0);
    expect(fake.requests.length).toBeGreaterThanOrEqual(4);
    expect(fake.requests.every((r) => r.status === 503)).toBe(true);

    fake.healthy();
    await vi.waitFor(
      async () => {
        const [job] = await findJobs(queueBoss, queues.confirmSubscription, { subscriberId: subscriber.id });
        expect(job?.state).toBe("completed");
      },
      { timeout: 90_000, interval: 50 },
    );
    const [job] = await findJobs(queueBoss, queues.confirmSubscription, { subscriberId: subscriber.id });
    expect(job?.retryCount).toBeGreaterThanOrEqual(1);
    expect(attempts.at(-1)).toEqual({ ok: true });
    expect(attempts.filter((a) => a.ok)).toHaveLength(1);

    expect(fake.emails).toHaveLength(1);
    expect(fake.sentTo(address)).toHaveLength(1);
    expect(await confirmSubscription(t.db, confirmTokenIn(fake.emails[0]))).toBe("confirmed");
  });
});
