// npm run build: the production build (`next build`), then the server entry's bundle
// (scripts/lib/serve-bundle.mjs). Pages are prerendered from the database, so the build needs one:
//   - DATABASE_URL when set, used as it is (migrating it is the release step's job, not the build's);
//   - otherwise, for a site on this machine only (no SITE_URL, or a localhost one), the embedded
//     PostgreSQL under .data/, prepared as `npm start` prepares it and stopped afterwards;
//   - a public SITE_URL without DATABASE_URL is refused: its pages would be prerendered from demo
//     content.
import "./lib/load-env";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { isLocalOrigin } from "../lib/startup/local-origin";
import { orExit, type Database } from "./lib/database";
import { prepareDatabase } from "./lib/prepare-database";

const log = (m: string) => console.log(`[build] ${m}`);
const siteUrl = process.env.SITE_URL?.trim();
const configured = process.env.DATABASE_URL?.trim();

if (!configured && siteUrl && !isLocalOrigin(siteUrl)) {
  console.error(
    `[build] refusing to build: SITE_URL is ${siteUrl} but DATABASE_URL is not set; set it to the site's PostgreSQL (pages are prerendered from it)`,
  );
  process.exit(1);
}

const db: Database | null = configured
  ? null
  : await orExit("build", async () => {
      // lib/ is guarded by `server-only`; the seed reads it through the hook, as npm start does.
      await import("./lib/server-only-hook.mjs");
      return prepareDatabase(log);
    });
if (db) log(`prerendering from the embedded PostgreSQL in .data/ (DATABASE_URL is not set)`);

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(db ? { DATABASE_URL: db.url } : {}) };
let status = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit", env }).status ?? 1;
if (status === 0) status = spawnSync(process.execPath, ["scripts/lib/serve-bundle.mjs"], { stdio: "inherit", env }).status ?? 1;
await db?.stop();
process.exit(status);
