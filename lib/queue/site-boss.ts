import "server-only";
import type { PgBoss } from "pg-boss";
import { env } from "@/lib/env";
import { enqueueWith, startBoss } from "./boss";
import type { Enqueue } from "./jobs";

// The process's one pg-boss, started on first use, and `enqueue` through it: apart from the
// workers (site-queue.ts) so that what only queues jobs (the Stripe webhook, which the server
// entry answers itself: lib/http/stripe-webhook.ts) does not load every job's handler and email.
// Kept on globalThis: the server entry's bundle and Next's own bundles are separate copies of this
// module in one process, and must share one pg-boss.

const globalForQueue = globalThis as unknown as { boss?: Promise<PgBoss> };

export function siteBoss(): Promise<PgBoss> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  globalForQueue.boss ??= startBoss(env.DATABASE_URL);
  return globalForQueue.boss;
}

/** The pg-boss started so far, if any (to stop it). */
export function startedBoss(): Promise<PgBoss> | undefined {
  return globalForQueue.boss;
}

export const enqueue: Enqueue = async (queue, data, options) => enqueueWith(await siteBoss())(queue, data, options);
