// What the audits share: a production build of the site on a throwaway embedded PostgreSQL with
// the demo content, served by scripts/serve.ts on the embedded defaults (queue worker inline, no Stripe
// or Resend keys), as the site bench does. Each audit keeps its own order of work and clean-up.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { seed } from "../../prisma/seed/seed";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrate } from "../lib/migrate";
import { serveCommand } from "../lib/serve-command";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One plain-HTTP GET on a fresh connection, the whole body read (no compression unless `headers`
 * ask for it). `onConnect` is called once the connection is made: the site bench times by it.
 */
export function get(url: string, headers: http.OutgoingHttpHeaders = {}, onConnect?: () => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, timeout: 30_000, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    if (onConnect) request.once("socket", (socket) => socket.once("connect", onConnect));
    request.on("timeout", () => request.destroy(new Error(`GET ${url} timed out`)));
    request.on("error", reject);
  });
}

/** The middle value; of an even count, the mean of the middle two. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * An audit's throwaway workspace: a folder of its own under the system's temporary one, and an
 * ephemeral embedded PostgreSQL kept in it. On exit, `onExit` runs (synchronous: kill what is
 * still running, remove the build) and the folder goes; on SIGINT or SIGTERM, `onSignal` runs
 * beside the database's stop, then the process exits 130 (and so through `onExit`).
 */
export async function throwawayWorkspace(
  name: string,
  hooks: { preferredPort: number; onSignal?: () => unknown; onExit: () => void },
): Promise<{ dir: string; database: Awaited<ReturnType<typeof startEmbeddedPostgres>> }> {
  const dir = path.join(os.tmpdir(), `winter-appeal-${name}-${process.pid}`);
  const database = await startEmbeddedPostgres({ dir, ephemeral: true, preferredPort: hooks.preferredPort });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void Promise.allSettled([hooks.onSignal?.(), database.stop()]).finally(() => process.exit(130)));
  process.once("exit", () => {
    hooks.onExit();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, database };
}

/** A fresh database called `name` on the embedded server, migrated and seeded with the demo content; its URL. */
export async function demoDatabase(serverUrl: string, name: string): Promise<string> {
  const url = await ensureDatabase(serverUrl, name);
  await migrate(url, { command: "deploy" });
  await seed(url);
  return url;
}

/** The environment of the build and of scripts/serve.ts: the embedded defaults, no outside service. */
export function siteEnv(options: { databaseUrl: string; distDir: string; dataDir: string; siteUrl: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXT_DIST_DIR: options.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATA_DIR: path.join(options.dataDir, "data"),
    SITE_URL: options.siteUrl,
    QUEUE_WORKER: "inline",
    STRIPE_SECRET_KEY: "",
    STRIPE_WEBHOOK_SECRET: "",
    STRIPE_API_BASE: "",
    RESEND_API_KEY: "",
    RESEND_BASE_URL: "",
    S3_BUCKET: "",
  };
}

/** `next build` into the environment's NEXT_DIST_DIR; how long it took, in ms. */
export function buildSite(env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const build = spawnSync("node_modules/.bin/next", ["build"], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`build failed:\n${`${build.stdout}\n${build.stderr}`.trim().split("\n").slice(-40).join("\n")}`);
  return performance.now() - started;
}

export type RunningSite = { child: ChildProcess; log: string[] };

/**
 * The production server (scripts/serve.ts, as `npm start` runs it) on `port`, detached (a process group of its own: stop it with
 * scripts/lib/process-group.ts). `started` is called with it at once, so a caller's exit hooks can
 * reach it while it boots. Resolves once `/` answers 200, keeping the last 200 lines of its output.
 */
export async function startSite(env: NodeJS.ProcessEnv, port: number, started: (site: RunningSite) => void): Promise<RunningSite> {
  const since = performance.now();
  const [command, args] = serveCommand(port);
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const site: RunningSite = { child, log: [] };
  started(site);
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      site.log.push(...chunk.split("\n").filter(Boolean));
      if (site.log.length > 200) site.log.splice(0, site.log.length - 200);
    });
  }
  while (performance.now() - since < 120_000 && child.exitCode === null) {
    const answer = await get(`http://127.0.0.1:${port}/`).catch(() => null);
    if (answer?.status === 200) return site;
    await sleep(answer ? 100 : 50);
  }
  throw new Error(`the site did not answer 200 on / within 120 s:\n${site.log.slice(-40).join("\n")}`);
}

/** Every path in the sitemap. */
export async function sitemapPaths(origin: string): Promise<string[]> {
  const sitemap = (await get(`${origin}/sitemap.xml`)).body.toString("utf8");
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
}
