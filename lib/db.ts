import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { statementName } from "@/lib/prepared-statements";

export type Db = PrismaClient;

function createClient(): PrismaClient {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the site with `npm start`, which provides the embedded PostgreSQL.");
  }
  // A bounded wait everywhere: a page that cannot get a connection (every one busy, or the host
  // unreachable) fails to the error page instead of hanging. A database that refuses connections
  // fails at once whatever the wait. 10 s, not less: on a loaded two-core machine pages failed
  // on a 3 s wait while PostgreSQL was merely slow. A build waits a minute: nobody waits on it.
  const building = env.NEXT_PHASE === "phase-production-build";
  const adapter = new PrismaPg(
    {
      connectionString: env.DATABASE_URL,
      max: 10,
      connectionTimeoutMillis: building ? 60_000 : 10_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: building ? 60_000 : 10_000,
    },
    { statementNameGenerator: statementName },
  );
  return new PrismaClient({ adapter });
}

// One client, and so one pool of at most 10 connections, per process, kept on globalThis: in
// production the server entry's bundle (scripts/serve.ts answers the Stripe webhook itself) and
// Next's own bundles each hold a copy of this module, and each copy made its own client; in
// development it also survives hot reload. Whichever copy runs first makes it: the generated
// client's runtime (@prisma/client) is one package both load, so its errors are the same classes
// whichever made it.
const globalForDb = globalThis as unknown as { db?: PrismaClient };
export const db: PrismaClient = (globalForDb.db ??= createClient());
