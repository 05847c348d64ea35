import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { limitId, type RateLimit } from "./rate-limit";

// rate-limiter-flexible on PostgreSQL: counters live in the shared database (the rate_limits
// table, created by the migrations), so limits hold across any number of web instances. Each
// limit counts under its own prefix, `limitId(limit)`: "donation attempts/20/600:<key>".

const TABLE = "rate_limits";

// One pool of at most 3 connections per process, kept on globalThis: proxy.ts and the routes are
// bundled apart by Next.js, each with its own copy of this module.
const globalForRateLimits = globalThis as unknown as { rateLimitPool?: pg.Pool };
/** One limiter per limit the site's own code declares (a handful). */
const limiters = new Map<string, RateLimiterPostgres>();

function connection(): pg.Pool {
  if (!globalForRateLimits.rateLimitPool) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3, connectionTimeoutMillis: 3000 });
    // An idle connection the database drops (a restart) is replaced on the next query; unheard,
    // the pool's error event would end the process.
    pool.on("error", (error) => console.error("[rate-limit] idle database connection lost", error.message));
    globalForRateLimits.rateLimitPool = pool;
  }
  return globalForRateLimits.rateLimitPool;
}

function limiter(limit: RateLimit): RateLimiterPostgres {
  const id = limitId(limit);
  let l = limiters.get(id);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: connection(),
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true,
      keyPrefix: id,
      points: limit.points,
      duration: limit.duration,
    });
    limiters.set(id, l);
  }
  return l;
}

/** Closes the limits' connections (tests, before dropping their database). */
export async function closeRateLimits(): Promise<void> {
  const closing = globalForRateLimits.rateLimitPool;
  globalForRateLimits.rateLimitPool = undefined;
  limiters.clear();
  await closing?.end();
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const refused = (msBeforeNext: number): RateLimitResult => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) });

/**
 * Whether `key` has already spent `limit`, without taking a point: proxy.ts asks this to answer a
 * form posted without script with a 429 before the page renders. The count itself is only ever
 * taken by the action, so no post is counted twice.
 *
 * The limit may come from a posted form (its `rate-limit` field), so this makes no limiter for it:
 * it reads the one row rate-limiter-flexible keeps for the limit and key, the same query as its
 * own `get`. A made-up limit finds no row, and is not spent.
 */
export async function peekRateLimit(limit: RateLimit, key: string): Promise<RateLimitResult> {
  const now = Date.now();
  const { rows } = await connection().query<{ points: number; expire: string | null }>(
    `SELECT points, expire FROM ${TABLE} WHERE key = $1 AND (expire > $2 OR expire IS NULL)`,
    [`${limitId(limit)}:${key}`, now],
  );
  const row = rows[0];
  if (!row || row.points < limit.points || row.expire === null) return { ok: true };
  return refused(Number(row.expire) - now);
}

/** Takes one point for `key` under `limit`. */
export async function consumeRateLimit(limit: RateLimit, key: string): Promise<RateLimitResult> {
  try {
    await limiter(limit).consume(key);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return refused(error.msBeforeNext);
    throw error;
  }
}
