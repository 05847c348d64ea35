// Where the site's database is: DATABASE_URL when set, otherwise the embedded PostgreSQL under
// .data/postgres (started here, or reused if an earlier process left it running).
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";

export const DATA_DIR = path.resolve(".data");
const EMBEDDED_DB_NAME = "winter_appeal";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(log: (m: string) => void = () => {}): Promise<Database> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dir: path.join(DATA_DIR, "postgres"), preferredPort: 54329, log });
  const url = await ensureDatabase(server.serverUrl, EMBEDDED_DB_NAME);
  return { url, embedded: true, stop: server.stop };
}
