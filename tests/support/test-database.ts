import crypto from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { statementName } from "@/lib/prepared-statements";

export type TestDatabase = { url: string; db: PrismaClient; drop: () => Promise<void> };

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${inject("pgServerUrl")}/postgres` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const testDatabaseName = (): string => `t_${crypto.randomBytes(6).toString("hex")}`;

/**
 * A fresh database for one test file, cloned from the migrated template. Real PostgreSQL: the
 * same engine, constraints and SQL the site runs on.
 */
export async function createTestDatabase(options: { migrated?: boolean; name?: string } = {}): Promise<TestDatabase> {
  // A name chosen beforehand lets a file point DATABASE_URL at its database before lib/env.ts loads.
  const name = options.name ?? testDatabaseName();
  const template = options.migrated === false ? "template0" : "app_template";
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = `${inject("pgServerUrl")}/${name}`;
  // Statements marked as prepared are prepared, as on the site (lib/db.ts).
  // Interactive transactions get longer than Prisma's defaults (2 s to start, 5 s to finish):
  // tests prove outcomes, not speed, and on a loaded two-core machine the defaults expired.
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }, { statementNameGenerator: statementName }),
    transactionOptions: { maxWait: 30_000, timeout: 60_000 },
  });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
