// npm start: the whole site on one machine with nothing to configure.
//   1. the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (migrated, and filled
//      with demo content on first start);
//   2. a production build, made when there is none or the sources changed since;
//   3. the production server on PORT (3000): scripts/serve.ts, Next.js behind our own entry, which
//      takes the client's address from the socket (or TRUSTED_PROXY_HOPS proxies in front) and
//      refuses oversized bodies; stopped together with the database on Ctrl-C.
// `npm run dev` does the same with `next dev` instead of 2 and 3. The development server has no
// such entry: it trusts whatever address a local client gives, and is for this machine only.
import "./lib/load-env";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { whyRebuild } from "./lib/build";
import { orExit } from "./lib/database";
import { prepareDatabase } from "./lib/prepare-database";
import { serveCommand } from "./lib/serve-command";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const log = (m: string) => console.log(`[start] ${m}`);

// A public SITE_URL without real keys refuses here, before minutes of building (the server
// checks again in instrumentation.ts). lib/ is guarded by `server-only`: the hook lets Node load it.
await import("./lib/server-only-hook.mjs");
if ((await import("../lib/startup/refuse-unsafe-start")).refusedUnsafeStart("start")) process.exit(1);

const t0 = performance.now();
const db = await orExit("start", () => prepareDatabase(log));
log(`database ready in ${Math.round(performance.now() - t0)} ms (${db.embedded ? "embedded PostgreSQL in .data/" : "DATABASE_URL"})`);

const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
const next = path.resolve("node_modules/.bin/next");

const rebuild = dev ? null : whyRebuild(distDir, process.env);
if (rebuild) {
  log(`building the site (${rebuild})…`);
  const result = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (result.status !== 0) {
    await db.stop();
    process.exit(result.status ?? 1);
  }
}

const [command, args] = dev ? [next, ["dev", "-p", port]] : serveCommand(port);
const server = spawn(command, args, { stdio: "inherit", env });
log(`serving http://localhost:${port}`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
