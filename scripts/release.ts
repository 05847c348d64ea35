// npm run release: the one step a deployment runs, once, before starting (or restarting) its web
// servers and workers. It applies pending migrations to DATABASE_URL: with `prisma migrate deploy`
// where Prisma's native schema engine was installed, through the Wasm engine otherwise (the same
// migration files and history either way). Both take PostgreSQL's advisory lock for migrations,
// so two releases started at once apply each migration once; the servers never migrate
// (scripts/serve.ts refuses to start while migrations are pending).
//
//   DATABASE_URL=postgresql://… npm run release
import "./lib/load-env";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { migrate } from "./lib/migrate";
import { hasNativeSchemaEngine } from "./lib/native-schema-engine";
import { pendingMigrations } from "./lib/pending-migrations";

const log = (m: string) => console.log(`[release] ${m}`);
const url = process.env.DATABASE_URL?.trim();
if (!url) {
  console.error(
    "[release] DATABASE_URL is not set: the release step migrates your deployment's own database (on this machine, `npm start` migrates the embedded one by itself)",
  );
  process.exit(1);
}

try {
  const pending = await pendingMigrations(url);
  if (pending.length === 0) {
    log("the database is up to date: nothing to apply");
    process.exit(0);
  }
  log(`applying ${pending.length} migration${pending.length === 1 ? "" : "s"}: ${pending.join(", ")}`);
  const t0 = performance.now();
  if (hasNativeSchemaEngine()) {
    const result = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { stdio: "inherit", env: process.env });
    if (result.status !== 0) throw new Error(`prisma migrate deploy failed (exit ${result.status ?? result.signal})`);
  } else {
    const { applied } = await migrate(url, { command: "deploy" });
    log(`applied ${applied.length ? applied.join(", ") : "nothing (another release got there first)"}`);
  }
  const left = await pendingMigrations(url);
  if (left.length) throw new Error(`still pending after the release: ${left.join(", ")}`);
  log(`done in ${Math.round(performance.now() - t0)} ms`);
  process.exit(0);
} catch (error) {
  console.error(`[release] failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("[release] nothing was half-applied: each migration runs in one transaction; fix the cause and run the release again");
  process.exit(1);
}
