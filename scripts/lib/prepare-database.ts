import pg from "pg";
import { seed } from "../../prisma/seed/seed";
import { openDatabase, type Database } from "./database";
import { migrate, pendingMigrations } from "./migrate";

/** Opens the database, applies pending migrations, and fills an empty embedded one with demo content. */
export async function prepareDatabase(log: (m: string) => void): Promise<Database> {
  const db = await openDatabase();
  try {
    const pending = await pendingMigrations(db.url);
    if (pending.length) {
      const { applied } = await migrate(db.url, { command: "deploy" });
      log(`applied migrations: ${applied.join(", ")}`);
    }
    if (db.embedded && (await isEmpty(db.url))) {
      const created = await seed(db.url);
      log(`filled the embedded database with demo content (${created.posts} posts)`);
    }
    return db;
  } catch (error) {
    await db.stop();
    throw error;
  }
}

/** True when the database holds no campaign yet (freshly migrated). */
export async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Campaign"`);
    return rows[0]?.n === "0";
  } finally {
    await client.end();
  }
}
