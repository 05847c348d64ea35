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
  // A bounded wait everywhere: when the database is down, pages fail fast to the error page
  // instead of hanging. A build is the exception: nobody is waiting on it, and on a loaded
  // machine prerendering failed on the 3 s wait for a connection (the database was up).
  const building = env.NEXT_PHASE === "phase-production-build";
  const adapter = new PrismaPg(
    {
      connectionString: env.DATABASE_URL,
      max: 10,
      connectionTimeoutMillis: building ? 60_000 : 3000,
      idleTimeoutMillis: 30_000,
      statement_timeout: building ? 60_000 : 10_000,
    },
    { statementNameGenerator: statementName },
  );
  return new PrismaClient({ adapter });
}

// One client per process; survives hot reload in development.
const globalForDb = globalThis as unknown as { db?: PrismaClient };
export const db: PrismaClient = globalForDb.db ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.db = db;
