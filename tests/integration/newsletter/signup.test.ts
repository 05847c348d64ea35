// Double opt-in signup against a real PostgreSQL, the real pg-boss queue and the local fake of
// Resend's API (driven by the real SDK): subscribe → job → worker → email → confirm link.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// lib/env.ts parses process.env when first imported: give it a signing secret and a throwaway
// data folder before any module that reads it is loaded.
const { dataDir } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-signup-"));
  vi.stubEnv("AUTH_SECRET", "signup-tests-secret-0123456789abcdefghijklmnop");
  vi.stubEnv("DATA_DIR", dir);
  return { dataDir: dir };
});

import fs from "node:fs";
import { z } from "zod";
import type { PgBoss } from "pg-boss";
import { createResendTransport } from "@/lib/email/resend-transport";
import { ConsentAction, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { confirmSubscription } from "@/lib/newsletter/confirm-subscription";
import { CONFIRM_TOKEN_HOURS, newsletterConsent, type SignupSource } from "@/lib/newsletter/consent";
import { newsletterRenderer } from "@/lib/newsletter/emails";
import { sendConfirmation } from "@/lib/newsletter/send-confirmation";
import { sendNewsletterBatch } from "@/lib/newsletter/send-newsletter-batch";
import { signupSchema } from "@/lib/newsletter/signup-schema";
import { subscribe } from "@/lib/newsletter/subscribe";
import { confirmToken, unsubscribeToken } from "@/lib/newsletter/tokens";
import { unsubscribe } from "@/lib/newsletter/unsubscribe";
import { enqueueWith, startBoss, work, type Handlers } from "@/lib/queue/boss";
import { queues, type Enqueue, type JobData } from "@/lib/queue/jobs";
import { sha256 } from "@/lib/security/app-secret";
import type { EmailTransport } from "@/lib/email/message";
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

type ConfirmJob = JobData[typeof queues.confirmSubscription];

let t: TestDatabase;
let fake: FakeResend;
let transport: EmailTransport;
let boss: PgBoss;

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend({ apiKey: TEST_API_KEY });
  transport = createResendTransport({ apiKey: TEST_API_KEY, from: TEST_FROM, baseUrl: fake.url });
  boss = await startBoss(t.url);
  // The same handlers as lib/queue/site-queue.ts, bound to this file's database and the fake.
  const handlers: Partial<Handlers> = {
    [queues.confirmSubscription]: async (job) => {
      await sendConfirmation(t.db, emailConfig, job, { transport, backoff: noWait });
    },
    [queues.newsletterBatch]: async (job) => {
      await sendNewsletterBatch(t.db, transport, await newsletterRenderer(t.db, emailConfig), job, { backoff: noWait });
    },
  };
  await work(boss, handlers, { pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await boss?.stop({ graceful: false, timeout: 5_000 });
  await fake?.close();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => fake.reset());

/** What the signup form's server action does with what was typed: validate, then subscribe. */
function signUp(enqueue: Enqueue, input: { email: unknown; source?: unknown }, now?: Date) {
  const parsed = signupSchema.parse(input);
  return subscribe(t.db, enqueue, parsed, now);
}

/** Delivers one recorded confirmation job to the fake, as the worker would, and returns its token. */
async function deliver(job: ConfirmJob | undefined): Promise<string> {
  if (!job) throw new Error("no confirmation job was queued");
  expect(await sendConfirmation(t.db, emailConfig, job, { transport, backoff: noWait })).toBe("sent");
  const subscriber = await t.db.subscriber.findUniqueOrThrow({ where: { id: job.subscriberId } });
  const emails = fake.emails.filter((e) => e.idempotencyKey === `confirm/${job.subscriberId}/${job.nonce}`);
  expect(emails).toHaveLength(1);
  expect(emails[0]?.to).toEqual([subscriber.email]);
  return confirmTokenIn(emails[0]);
}

function subscriberByEmail(email: string) {
  return t.db.subscriber.findUnique({ where: { email }, include: { consents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } });
}

describe("subscribe", () => {
  it("records a PENDING subscriber (address lower-cased and trimmed), a GIVEN consent in the exact words shown, and queues one confirmation", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    const now = new Date("2026-12-01T10:00:00Z");
    expect(await signUp(enqueue, { email: "  Ada.Lovelace@Example.ORG ", source: "footer" }, now)).toBe("confirmation-queued");

    const subscriber = await subscriberByEmail("ada.lovelace@example.org");
    expect(subscriber).not.toBeNull();
    if (!subscriber) return;
    expect(subscriber.status).toBe(SubscriberStatus.PENDING);
    expect(subscriber.confirmedAt).toBeNull();
    expect(subscriber.confirmNonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Only a hash of the link's token is stored, and the link works for 72 hours.
    expect(subscriber.confirmTokenHash).toBe(sha256(confirmToken(subscriber.id, subscriber.confirmNonce ?? "")));
    expect(subscriber.confirmTokenExpiresAt).toEqual(new Date(now.getTime() + CONFIRM_TOKEN_HOURS * 3_600_000));
    expect(CONFIRM_TOKEN_HOURS).toBe(72);

    expect(subscriber.consents).toHaveLength(1);
    expect(subscriber.consents[0]).toMatchObject({
      action: ConsentAction.GIVEN,
      wording: "Email me news about the winter appeal and ways to help. I can unsubscribe at any time, and my address is never shared.",
      version: "2026-11-01",
      source: "footer",
    });
    expect(subscriber.consents[0]?.wording).toBe(newsletterConsent.wording);

    // One job, carrying ids only (no address), keyed so a repeated enqueue is a single job.
    expect(jobs).toEqual([
      {
        queue: queues.confirmSubscription,
        data: { subscriberId: subscriber.id, nonce: subscriber.confirmNonce },
        singletonKey: `confirm/${subscriber.id}/${subscriber.confirmNonce}`,
      },
    ]);
  });

  it("an unknown source is recorded as the newsletter page", async () => {
    const { enqueue } = recordingEnqueue();
    await signUp(enqueue, { email: "source@example.org", source: "evil<script>" });
    const subscriber = await subscriberByEmail("source@example.org");
    expect(subscriber?.consents.map((c) => c.source)).toEqual(["newsletter-page"]);
  });

  it("end to end with real pg-boss: the worker sends one email whose link confirms once", async () => {
    const address = "grace.hopper@example.org";
    expect(await signUp(enqueueWith(boss), { email: "Grace.Hopper@example.org", source: "home" })).toBe("confirmation-queued");
    const pending = await t.db.subscriber.findUniqueOrThrow({ where: { email: address } });

    // The job is in pg-boss, and the worker picks it up and completes it.
    await vi.waitFor(
      async () => {
        const [job] = await findJobs(boss, queues.confirmSubscription, { subscriberId: pending.id });
        expect(job?.state).toBe("completed");
      },
      { timeout: 90_000, interval: 50 },
    );
    const [job] = await findJobs(boss, queues.confirmSubscription, { subscriberId: pending.id });
    expect(job?.data).toEqual({ subscriberId: pending.id, nonce: pending.confirmNonce });
    expect(job?.retryCount).toBe(0);

    expect(fake.emails).toHaveLength(1);
    const [email] = fake.sentTo(address);
    expect(email).toMatchObject({
      from: TEST_FROM,
      to: [address],
      subject: "Please confirm your subscription to Winter appeal updates",
      idempotencyKey: `confirm/${pending.id}/${pending.confirmNonce}`,
    });
    expect(email?.html).toContain(`${TEST_SITE_URL}/newsletter/confirm?token=`);
    const token = confirmTokenIn(email);
    expect(await t.db.emailMessage.findUnique({ where: { idempotencyKey: `confirm/${pending.id}/${pending.confirmNonce}` } })).toMatchObject({
      to: address,
      providerId: email?.id,
    });

    const confirmedAt = new Date();
    expect(await confirmSubscription(t.db, token, confirmedAt)).toBe("confirmed");
    const confirmed = await subscriberByEmail(address);
    expect(confirmed).toMatchObject({
      status: SubscriberStatus.CONFIRMED,
      confirmedAt,
      confirmNonce: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    });
    expect(confirmed?.consents.map((c) => [c.action, c.wording, c.version, c.source])).toEqual([
      [ConsentAction.GIVEN, newsletterConsent.wording, newsletterConsent.version, "home"],
      [ConsentAction.CONFIRMED, newsletterConsent.wording, newsletterConsent.version, "email-link"],
    ]);

    // The same link a second time: invalid, and nothing changes.
    const before = await newsletterSnapshot(t.db);
    expect(await confirmSubscription(t.db, token)).toBe("invalid");
    expect(await newsletterSnapshot(t.db)).toEqual(before);
  });

  it("the job is part of the signup's transaction: a failure after it was written leaves neither subscriber nor job", async () => {
    const address = "rolled.back@example.org";
    let jobsInsideTransaction = -1;
    let subscriberId = "";
    const real = enqueueWith(boss);
    const failing: Enqueue = async (queue, data, options) => {
      await real(queue, data, options);
      if (!options?.tx) throw new Error("subscribe() must enqueue inside its transaction");
      // Seen from inside the transaction, the job and the subscriber are there…
      const job = data as ConfirmJob;
      subscriberId = job.subscriberId;
      jobsInsideTransaction = (await findJobs(boss, queues.confirmSubscription, { subscriberId }, options.tx)).length;
      // …then the surrounding work fails.
      throw new Error("simulated failure after the job was written");
    };

    const before = await newsletterSnapshot(t.db);
    await expect(signUp(failing, { email: address, source: "home" })).rejects.toThrow("simulated failure after the job was written");
    expect(jobsInsideTransaction).toBe(1);
    expect(subscriberId).not.toBe("");

    // …and after the rollback, neither exists.
    expect(await findJobs(boss, queues.confirmSubscription, { subscriberId })).toEqual([]);
    expect(await t.db.subscriber.findUnique({ where: { email: address } })).toBeNull();
    expect(await t.db.consentRecord.count({ where: { subscriberId } })).toBe(0);
    expect(await newsletterSnapshot(t.db)).toEqual(before);
    expect(fake.emails).toHaveLength(0);
  });

  it("an expired link (73 hours later) answers expired and changes nothing; inside 72 hours it confirms", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    const signedUpAt = new Date("2026-12-01T09:00:00Z");
    await signUp(enqueue, { email: "late.reader@example.org", source: "home" }, signedUpAt);
    const token = await deliver(jobsFor(jobs, queues.confirmSubscription)[0]);

    const before = await newsletterSnapshot(t.db);
    expect(await confirmSubscription(t.db, token, new Date(signedUpAt.getTime() + 73 * 3_600_000))).toBe("expired");
    expect(await confirmSubscription(t.db, token, new Date(signedUpAt.getTime() + 72 * 3_600_000))).toBe("expired");
    expect(await newsletterSnapshot(t.db)).toEqual(before);

    expect(await confirmSubscription(t.db, token, new Date(signedUpAt.getTime() + 71 * 3_600_000))).toBe("confirmed");
    expect((await subscriberByEmail("late.reader@example.org"))?.status).toBe(SubscriberStatus.CONFIRMED);
  });

  it("a tampered or unknown token is invalid and changes nothing", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    await signUp(enqueue, { email: "tamper@example.org", source: "home" });
    const token = await deliver(jobsFor(jobs, queues.confirmSubscription)[0]);
    const subscriber = await t.db.subscriber.findUniqueOrThrow({ where: { email: "tamper@example.org" } });
    const flipped = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;

    const before = await newsletterSnapshot(t.db);
    for (const bad of [
      flipped,
      `${token}A`,
      token.slice(0, -1),
      "A".repeat(43),
      "",
      `${token.slice(0, 42)}=`,
      // A real token, for another purpose: the subscriber's unsubscribe token.
      unsubscribeToken(subscriber.id),
      // A real confirmation token for a nonce that was never issued.
      confirmToken(subscriber.id, "never-issued-nonce"),
    ]) {
      expect(await confirmSubscription(t.db, bad), `token ${JSON.stringify(bad)}`).toBe("invalid");
    }
    expect(await newsletterSnapshot(t.db)).toEqual(before);
    expect(await confirmSubscription(t.db, token)).toBe("confirmed");
  });

  it("an already CONFIRMED address answers already-confirmed, queues nothing and records nothing", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    await signUp(enqueue, { email: "loyal@example.org", source: "home" });
    expect(await confirmSubscription(t.db, await deliver(jobsFor(jobs, queues.confirmSubscription)[0]))).toBe("confirmed");
    fake.reset();

    const before = await newsletterSnapshot(t.db);
    const again = recordingEnqueue();
    expect(await signUp(again.enqueue, { email: "LOYAL@example.org ", source: "footer" })).toBe("already-confirmed");
    expect(again.jobs).toEqual([]);
    expect(await newsletterSnapshot(t.db)).toEqual(before);
    expect(fake.emails).toHaveLength(0);
  });

  it("signing up again while PENDING issues a new link and the old one stops working", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    await signUp(enqueue, { email: "twice@example.org", source: "home" });
    await signUp(enqueue, { email: "twice@example.org", source: "newsletter-page" });
    const [first, second] = jobsFor(jobs, queues.confirmSubscription);
    expect(first?.subscriberId).toBe(second?.subscriberId);
    expect(first?.nonce).not.toBe(second?.nonce);

    // The first job, run late (e.g. after a queue backlog), sends nothing: it is superseded.
    if (!first) throw new Error("no first job");
    expect(await sendConfirmation(t.db, emailConfig, first, { transport, backoff: noWait })).toBe("superseded");
    expect(fake.emails).toHaveLength(0);

    const secondToken = await deliver(second);
    // The first link, built as its email would have been, no longer works.
    const firstToken = confirmToken(first.subscriberId, first.nonce);
    expect(firstToken).not.toBe(secondToken);
    expect(await confirmSubscription(t.db, firstToken)).toBe("invalid");
    expect(await confirmSubscription(t.db, secondToken)).toBe("confirmed");

    expect(await t.db.subscriber.count({ where: { email: "twice@example.org" } })).toBe(1);
    const subscriber = await subscriberByEmail("twice@example.org");
    expect(subscriber?.consents.map((c) => [c.action, c.source])).toEqual([
      [ConsentAction.GIVEN, "home"],
      [ConsentAction.GIVEN, "newsletter-page"],
      [ConsentAction.CONFIRMED, "email-link"],
    ]);
  });

  it("an UNSUBSCRIBED address can subscribe again: PENDING, with a new consent record and a link that works", async () => {
    const { enqueue, jobs } = recordingEnqueue();
    await signUp(enqueue, { email: "comeback@example.org", source: "home" });
    expect(await confirmSubscription(t.db, await deliver(jobsFor(jobs, queues.confirmSubscription)[0]))).toBe("confirmed");
    const subscriber = await t.db.subscriber.findUniqueOrThrow({ where: { email: "comeback@example.org" } });
    expect(await unsubscribe(t.db, { subscriberId: subscriber.id, token: unsubscribeToken(subscriber.id), source: "unsubscribe-page" })).toBe("unsubscribed");

    expect(await signUp(enqueue, { email: "comeback@example.org", source: "unsubscribe-page" })).toBe("confirmation-queued");
    const resubscribed = await subscriberByEmail("comeback@example.org");
    expect(resubscribed).toMatchObject({ id: subscriber.id, status: SubscriberStatus.PENDING });
    expect(resubscribed?.confirmNonce).not.toBeNull();
    expect(resubscribed?.consents.map((c) => [c.action, c.source])).toEqual([
      [ConsentAction.GIVEN, "home"],
      [ConsentAction.CONFIRMED, "email-link"],
      [ConsentAction.WITHDRAWN, "unsubscribe-page"],
      [ConsentAction.GIVEN, "unsubscribe-page"],
    ]);
    expect(resubscribed?.consents[3]).toMatchObject({ wording: newsletterConsent.wording, version: newsletterConsent.version });

    const confirmJobs = jobsFor(jobs, queues.confirmSubscription);
    expect(confirmJobs).toHaveLength(2);
    expect(await confirmSubscription(t.db, await deliver(confirmJobs[1]))).toBe("confirmed");
    expect((await t.db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe(SubscriberStatus.CONFIRMED);
  });

  it("two concurrent signups for the same new address make one subscriber", async () => {
    const recording = recordingEnqueue();
    const jobs = recording.jobs;
    // Make the race certain rather than likely: the first signup to reach its enqueue holds its
    // transaction open until the other one is blocked inserting the same address (waiting on the
    // first one's lock in PostgreSQL). Only then does the first commit, so the second hits the
    // unique constraint and must take subscribe()'s retry path.
    let held = false;
    const enqueue: Enqueue = async (queue, data, options) => {
      if (!held) {
        held = true;
        await vi.waitFor(
          async () => {
            const [row] = await t.db.$queryRaw<{ waiting: number }[]>`
              SELECT count(*)::int AS waiting FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO%Subscriber%'`;
            expect(row?.waiting).toBe(1);
          },
          { timeout: 30_000, interval: 10 },
        );
      }
      await recording.enqueue(queue, data, options);
    };
    const outcomes = await Promise.all([
      signUp(enqueue, { email: "race@example.org", source: "home" }),
      signUp(enqueue, { email: "Race@Example.org", source: "footer" }),
    ]);
    expect(outcomes).toEqual(["confirmation-queued", "confirmation-queued"]);
    expect(await t.db.subscriber.count({ where: { email: "race@example.org" } })).toBe(1);

    const subscriber = await subscriberByEmail("race@example.org");
    expect(subscriber?.status).toBe(SubscriberStatus.PENDING);
    expect(subscriber?.consents.map((c) => c.action)).toEqual([ConsentAction.GIVEN, ConsentAction.GIVEN]);
    // Both signups queued a confirmation; only the latest link is live, so only one email goes out.
    const confirmJobs = jobsFor(jobs, queues.confirmSubscription);
    expect(confirmJobs).toHaveLength(2);
    expect(confirmJobs.every((j) => j.subscriberId === subscriber?.id)).toBe(true);
    expect(confirmJobs.map((j) => j.nonce)).toContain(subscriber?.confirmNonce);
    const results = await Promise.all(confirmJobs.map((job) => sendConfirmation(t.db, emailConfig, job, { transport, backoff: noWait })));
    expect(results.sort()).toEqual(["sent", "superseded"]);
    expect(fake.sentTo("race@example.org")).toHaveLength(1);
  });
});

describe("signupSchema", () => {
  // A 254-character address that follows RFC 5321 (64-character local part, labels ≤ 63).
  const longest = `${"l".repeat(64)}@${"x".repeat(63)}.${"y".repeat(63)}.${"z".repeat(57)}.org`;

  it("accepts up to 254 characters, trims and lower-cases", () => {
    expect(longest).toHaveLength(254);
    expect(signupSchema.parse({ email: longest.toUpperCase(), source: "home" })).toEqual({ email: longest, source: "home" });
    expect(signupSchema.parse({ email: "\t Someone@Example.ORG  ", source: "footer" })).toEqual({ email: "someone@example.org", source: "footer" });
  });

  it.each<[string, unknown, string]>([
    ["a malformed address", "not-an-address", "Enter an email address in the form name@example.org"],
    ["an address without a domain", "someone@", "Enter an email address in the form name@example.org"],
    ["two addresses", "a@b.org, c@d.org", "Enter an email address in the form name@example.org"],
    [
      "more than 254 characters",
      `${"l".repeat(64)}@${"x".repeat(63)}.${"y".repeat(63)}.${"z".repeat(58)}.org`,
      "That address is too long: email addresses have at most 254 characters",
    ],
    ["a header injection", "a@b.org\r\nBcc: x@y.org", "Enter a single email address on one line"],
    ["a bare line feed", "a@b.org\nBcc: x@y.org", "Enter a single email address on one line"],
    ["an empty string", "", "Enter your email address"],
    ["only spaces", "   ", "Enter your email address"],
    ["no value at all", undefined, "Enter your email address"],
  ])("rejects %s with the message people read, and writes nothing", async (_label, email, message) => {
    const result = signupSchema.safeParse({ email, source: "home" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(z.flattenError(result.error).fieldErrors.email).toEqual([message]);

    const before = await newsletterSnapshot(t.db);
    const { enqueue, jobs } = recordingEnqueue();
    expect(() => signUp(enqueue, { email, source: "home" })).toThrow(z.ZodError);
    expect(jobs).toEqual([]);
    expect(await newsletterSnapshot(t.db)).toEqual(before);
  });

  it("keeps the known sources", () => {
    for (const source of ["home", "footer", "newsletter-page", "unsubscribe-page"] satisfies SignupSource[]) {
      expect(signupSchema.parse({ email: "a@example.org", source }).source).toBe(source);
    }
  });
});
