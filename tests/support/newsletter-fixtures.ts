// Shared pieces for the newsletter and mailer integration tests (tests/integration/newsletter).
//
// Nothing here reads lib/env.ts: each test file stubs AUTH_SECRET and DATA_DIR in `vi.hoisted`
// before importing the modules that do, and passes its own PrismaClient and transport explicitly.
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BackoffOptions } from "@/lib/email/with-backoff";
import type { EmailConfig } from "@/lib/newsletter/emails";
import type { Enqueue, JobData, QueueName, RawSql } from "@/lib/queue/jobs";
import type { FakeEmail } from "./fake-resend";

export const TEST_API_KEY = "re_test_newsletter_key";
export const TEST_FROM = "Calais Winter Aid <hello@calaiswinteraid.example>";
export const TEST_SITE_URL = "https://calaiswinteraid.example";

export const emailConfig: EmailConfig = {
  siteUrl: TEST_SITE_URL,
  postalAddress: "Calais Winter Aid, 1 Example Yard, Dover CT16 1AA",
};

/** withBackoff without the waiting: every retry happens at once. */
export const noWait: BackoffOptions = { sleep: async () => {} };

/** One job as an Enqueue call was given it. */
export type RecordedJob = { [Q in QueueName]: { queue: Q; data: JobData[Q]; singletonKey?: string } }[QueueName];

/**
 * An Enqueue that records each job and ignores `tx`: it lets a test look at what would be queued
 * without a job queue. (Because it ignores `tx`, it records even for a transaction that later
 * rolls back; the transactional guarantee is tested against real pg-boss instead.)
 */
export function recordingEnqueue(): { enqueue: Enqueue; jobs: RecordedJob[] } {
  const jobs: RecordedJob[] = [];
  const enqueue: Enqueue = async (queue, data, options) => {
    jobs.push({ queue, data, ...(options?.singletonKey ? { singletonKey: options.singletonKey } : {}) } as RecordedJob);
  };
  return { enqueue, jobs };
}

/** The jobs recorded for one queue, with their data typed for it. */
export function jobsFor<Q extends QueueName>(jobs: RecordedJob[], queue: Q): JobData[Q][] {
  return jobs.filter((j) => j.queue === queue).map((j) => j.data as JobData[Q]);
}

/** pg-boss's `db` connection option on top of a Prisma transaction, to read inside it. */
export function bossDbFor(tx: RawSql) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
}

/** Every job pg-boss holds for a queue whose data contains `data` (any state). */
export function findJobs<Q extends QueueName>(boss: PgBoss, queue: Q, data: Partial<JobData[Q]>, tx?: RawSql) {
  return boss.findJobs<JobData[Q]>(queue, { data, ...(tx ? { db: bossDbFor(tx) } : {}) });
}

const CONFIRM_LINK = /\/newsletter\/confirm\?token=([A-Za-z0-9_-]+)/;

/** The confirmation link's token, read from an email the fake received (HTML and text agree). */
export function confirmTokenIn(email: FakeEmail | undefined): string {
  if (!email) throw new Error("No email to read the confirmation link from");
  const fromHtml = CONFIRM_LINK.exec(email.html ?? "")?.[1];
  const fromText = CONFIRM_LINK.exec(email.text ?? "")?.[1];
  if (!fromHtml || fromHtml !== fromText) throw new Error(`No single confirmation link in the email to ${email.to.join(", ")}`);
  return fromHtml;
}

/** Everything that a signup writes, for "nothing changed" and "nothing was written" checks. */
export async function newsletterSnapshot(db: PrismaClient) {
  const [subscribers, consents, emailMessages] = await Promise.all([
    db.subscriber.findMany({ orderBy: { email: "asc" } }),
    db.consentRecord.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.emailMessage.findMany({ orderBy: { idempotencyKey: "asc" } }),
  ]);
  return { subscribers, consents, emailMessages };
}

/** `n` addresses like `prefix-0007@example.org`, in a stable order. */
export function addresses(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}@example.org`);
}
