import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { parse } from "pg-connection-string";

/**
 * Names of migrations in prisma/migrations not yet applied. A cheap check (one query, no schema
 * engine) for `npm start` to skip the engine when the database is up to date, and for the server
 * entry to refuse a database the release step has not migrated yet.
 */
export async function pendingMigrations(databaseUrl: string, root = process.cwd()): Promise<string[]> {
  const dir = path.join(root, "prisma/migrations");
  const local = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  // pg lets `connectionString` override `database`: hand it the parsed parts instead.
  const { options: _options, ...config } = parse(databaseUrl);
  const client = new pg.Client(config as pg.ClientConfig);
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return local.filter((name) => !applied.has(name)).sort();
  } catch {
    return local.sort(); // no bookkeeping table: nothing applied yet
  } finally {
    await client.end();
  }
}
