import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { rateLimits, type RateLimitName } from "./policies";

// rate-limiter-flexible on PostgreSQL: counters live in the shared database (the rate_limits
// table, created by the migrations), so limits hold across any number of web instances.

let pool: pg.Pool | undefined;
const limiters = new Map<RateLimitName, RateLimiterPostgres>();

function limiter(name: RateLimitName): RateLimiterPostgres {
  let l = limiters.get(name);
  if (!l) {
    if (!pool) {
      pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3, connectionTimeoutMillis: 3000 });
      // An idle connection the database drops (a restart) is replaced on the next query; unheard,
      // the pool's error event would end the process.
      pool.on("error", (error) => console.error("[rate-limit] idle database connection lost", error.message));
    }
    l = new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, keyPrefix: name, ...rateLimits[name] });
    limiters.set(name, l);
  }
  return l;
}

/** Closes the limits' connections (tests, before dropping their database). */
export async function closeRateLimits(): Promise<void> {
  const closing = pool;
  pool = undefined;
  limiters.clear();
  await closing?.end();
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const refused = (msBeforeNext: number): RateLimitResult => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) });

/**
 * Whether `key` has already spent the named limit, without taking a point: proxy.ts asks this to
 * answer a form posted without script with a 429 before the page renders. The count itself is
 * only ever taken by the action, so no post is counted twice.
 */
export async function peekRateLimit(name: RateLimitName, key: string): Promise<RateLimitResult> {
  const spent = await limiter(name).get(key);
  return spent && spent.consumedPoints >= rateLimits[name].points && spent.msBeforeNext > 0 ? refused(spent.msBeforeNext) : { ok: true };
}

/** Takes one point for `key` under the named limit. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<RateLimitResult> {
  try {
    await limiter(name).consume(key);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return refused(error.msBeforeNext);
    throw error;
  }
}
