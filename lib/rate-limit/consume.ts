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
    pool ??= new pg.Pool({ connectionString: env.DATABASE_URL, max: 3, connectionTimeoutMillis: 3000 });
    l = new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, keyPrefix: name, ...rateLimits[name] });
    limiters.set(name, l);
  }
  return l;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one point for `key` under the named limit. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<RateLimitResult> {
  try {
    await limiter(name).consume(key);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    throw error;
  }
}
