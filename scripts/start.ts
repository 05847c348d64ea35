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
import fs from "node:fs";
import path from "node:path";
import { buildSettingsOf, changedBuildSettings, parseBuildSettings } from "../lib/startup/build-settings";
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

if (!dev && buildIsStale()) {
  log("building the site (first start, or the sources changed)…");
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

/**
 * True when there is no build, it was made with other baked-in settings (SITE_URL, DEMO_MODE,
 * S3_PUBLIC_URL: lib/startup/build-settings.ts), or a source file is newer than it.
 */
function buildIsStale(): boolean {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = builtWith();
  const changed = built ? changedBuildSettings(built, buildSettingsOf(process.env)) : ["(unknown)"];
  if (changed.length) {
    log(`the build was made with other settings (${changed.join(", ")}): building again`);
    return true;
  }
  const builtAt = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "tailwind.config.ts", "package-lock.json"];
  const newer = (p: string): boolean => {
    if (!fs.existsSync(p)) return false;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return false;
      return fs.readdirSync(p).some((f) => newer(path.join(p, f)));
    }
    return stat.mtimeMs > builtAt;
  };
  return sources.some(newer);
}

/** The settings next.config.ts inlined into the build, as Next records its configuration. */
function builtWith() {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "required-server-files.json"), "utf8")) as { config?: { env?: Record<string, string> } };
    return parseBuildSettings(manifest.config?.env?.BUILT_WITH_SETTINGS);
  } catch {
    return null;
  }
}
