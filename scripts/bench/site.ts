// npm run bench: what the public site costs to serve, each figure beside a baseline from the same
// run on the same machine (machines are shared and noisy: read the ratios).
//
//  1. Start-up. A production build (into .next-bench-site) on a throwaway embedded PostgreSQL
//     with the demo content, served by scripts/serve.ts on the embedded defaults (queue worker
//     inline, no Stripe or Resend keys). Cold start: from spawning scripts/serve.ts to the first 200
//     from `/`. Then the server is stopped and started again on the same data: the restart.
//  2. Baseline. The exact bytes and headers the site answers for `/`, `/news`, the first post in
//     the sitemap and `/api/progress` (no compression asked for, none given), replayed from
//     memory by a bare node:http server on a thread of its own, so it never shares an event loop
//     with the load generator.
//  3. Load. autocannon, 50 connections, per path: a warm-up and a measured run against the site,
//     then the same against the bare server, one at a time so they never compete.
//  4. Memory. The RSS of the scripts/serve.ts process group, sampled every 250 ms throughout.
//  5. Behind nginx (when an `nginx` binary is found; BENCH_NGINX=0 skips it). The production
//     config, docs/nginx/winter-appeal.conf.template, rendered into a temporary prefix and run as a
//     foreground nginx in front of the same server. First checks: a page is a cache HIT on its
//     second request, a request with a session cookie (and the API) is a BYPASS, the site's security
//     headers come through. Then the same four paths loaded through it, against a baseline of the
//     same bytes served as static files by a second server block of the same nginx.
//  6. Two servers behind nginx, beside one (with nginx; BENCH_PAIR=0 skips it). A second
//     scripts/serve.ts from the same build on the same database, and a second nginx whose upstream
//     is both servers (the template's upstream of several, as `npm run layout` runs it). The same
//     paths are loaded through the nginx with one server and through the one with two, alternately,
//     each request carrying a session cookie so the micro-cache is bypassed and every request
//     reaches a server. On two cores the gain is bounded: the servers, nginx, PostgreSQL and the
//     load generator share the same two cores.
//
// Only the results (a Markdown table, targets beside them) go to stdout; progress goes to stderr.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import autocannon from "autocannon";
import { buildSite, demoDatabase, get, siteEnv, sitemapPaths, type Answer } from "../audit/production-site";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { findNginx, nginxVersion, startNginx, type Nginx } from "../lib/nginx";
import { serveCommand } from "../lib/serve-command";
import { killGroup, portIsFree, stopGroup } from "../lib/process-group";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3270);
const BARE_PORT = PORT + 1;
// PORT + 2 is the database's preferred port.
const NGINX_PORT = PORT + 3;
const NGINX_STATIC_PORT = PORT + 4;
const SECOND_PORT = PORT + 5;
const PAIR_NGINX_PORT = PORT + 6;
const PAIR = process.env.BENCH_PAIR !== "0";
// Every request of the two-server leg carries this: nginx bypasses its cache, the site finds no session.
const BYPASS_COOKIE = "authjs.session-token=bench-bypass";
const NGINX_BIN = process.env.BENCH_NGINX === "0" ? null : findNginx();
const DIST_DIR = ".next-bench-site";
const SAMPLE_MS = 250;

// The targets of the performance issue.
const TARGET = { ratio: 0.08, p99Ms: 100, errors: 0, restartMs: 5000 };
// …and of the nginx part of it: through the micro-cache, against the same nginx serving files.
const NGINX_TARGET = { ratio: 0.6, p99Ms: 20, errors: 0 };

const say = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const num = (n: number, digits = 0) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => `${num(ms / 1000, 2)} s`;
const percent = (ratio: number) => `${num(ratio * 100, 1)}%`;
const kB = (bytes: number) => `${num(bytes / 1000, 1)} kB`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Total RSS in kB of every process in a process group (Linux: /proc), or null where unreadable. */
function groupRssKb(pgid: number): number | null {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return null;
  }
  let total = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"));
      total += Number(rss?.[1] ?? 0);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

const dir = path.join(os.tmpdir(), `winter-appeal-bench-site-${process.pid}`);
let web: ChildProcess | null = null;
let bare: Worker | null = null;
let nginx: Nginx | null = null;
let second: ChildProcess | null = null;
let pairNginx: Nginx | null = null;
const serverLog: string[] = [];

/** The running server's pid (a function, so the compiler does not narrow `web` to its initial null). */
const webPid = () => (web && web.exitCode === null && web.signalCode === null ? web.pid : undefined);

/** The server was started detached, as a process group of its own: these end all of it. */
const killWeb = (signal: NodeJS.Signals) => killGroup(web, signal);
const stopWeb = () => stopGroup(web);
/** The build is made afresh on every run, and neither ESLint nor tsc is told to skip it: remove it. */
const removeBuild = () => fs.rmSync(DIST_DIR, { recursive: true, force: true });

for (const port of NGINX_BIN ? [PORT, BARE_PORT, NGINX_PORT, NGINX_STATIC_PORT, ...(PAIR ? [SECOND_PORT, PAIR_NGINX_PORT] : [])] : [PORT, BARE_PORT]) {
  if (!(await portIsFree(port))) throw new Error(`port ${port} is in use: set BENCH_PORT to a free one (the bench uses it and the next)`);
}
const database = await startEmbeddedPostgres({ dir, ephemeral: true, preferredPort: PORT + 2 });
// Ctrl-C reaches only our own process group: take the server (and the database) down with us.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killWeb("SIGKILL");
    killGroup(second, "SIGKILL");
    nginx?.kill();
    pairNginx?.kill();
    void database.stop().finally(() => process.exit(130));
  });
}
process.once("exit", () => {
  killWeb("SIGKILL");
  killGroup(second, "SIGKILL");
  nginx?.kill();
  pairNginx?.kill();
  // After an interruption embedded-postgres's own exit hook stops the database and removes its
  // data folder, but not ours around it.
  fs.rmSync(dir, { recursive: true, force: true });
  removeBuild();
});

// Peak RSS of whichever scripts/serve.ts is running, from the first spawn to the end of the load.
let peakKb = 0;
let sampling = true;
const sampler = setInterval(() => {
  const pid = webPid();
  if (!sampling || !pid) return;
  const kb = groupRssKb(pid);
  if (kb === null) sampling = false;
  else peakKb = Math.max(peakKb, kb);
}, SAMPLE_MS);

const base = `http://127.0.0.1:${PORT}`;
say("migrating and seeding a throwaway database…");
const url = await demoDatabase(database.serverUrl, "bench");
const env = siteEnv({ databaseUrl: url, distDir: DIST_DIR, dataDir: dir, siteUrl: `http://localhost:${PORT}` });

type Start = { listeningMs: number; firstOkMs: number };

/** Spawns scripts/serve.ts; times from the spawn to its port accepting, and to the first 200 from `/`. */
async function startWeb(): Promise<Start> {
  serverLog.length = 0;
  const started = performance.now();
  const [command, args] = serveCommand(PORT);
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  web = child;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      serverLog.push(...chunk.split("\n").filter(Boolean));
      if (serverLog.length > 200) serverLog.splice(0, serverLog.length - 200);
    });
  }
  let listeningMs = 0;
  const connected = () => (listeningMs ||= performance.now() - started);
  while (performance.now() - started < 120_000 && child.exitCode === null) {
    const answer = await get(`${base}/`, {}, connected).catch(() => null);
    if (answer?.status === 200) return { listeningMs, firstOkMs: performance.now() - started };
    await sleep(answer ? 100 : 20);
  }
  throw new Error(`the site did not answer 200 on / within 120 s:\n${serverLog.slice(-40).join("\n")}`);
}

type Run = { rps: number; p50: number; p99: number; errors: number; non2xx: number; timeouts: number; socketErrors: number };

async function load(target: string, duration: number, headers: Record<string, string> = {}): Promise<Run> {
  const result = await autocannon({ url: target, connections: CONNECTIONS, duration, timeout: 10, headers });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's errors count socket errors and timeouts; non2xx every answer outside 200–299
    errors: result.errors + result.non2xx,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    socketErrors: result.errors - result.timeouts,
  };
}

/** The bare baseline: each path's bytes and headers replayed from memory, on a thread of its own. */
async function startBare(routes: { path: string; headers: http.OutgoingHttpHeaders; body: Buffer }[]): Promise<Worker> {
  const code = `
    const { workerData, parentPort } = require("node:worker_threads");
    const http = require("node:http");
    const routes = new Map(workerData.routes.map((r) => [r.path, { headers: r.headers, body: Buffer.from(r.body) }]));
    const server = http.createServer((req, res) => {
      const route = routes.get(req.url);
      if (!route) { res.writeHead(404, { "content-length": "0" }); res.end(); return; }
      res.writeHead(200, route.headers);
      res.end(route.body);
    });
    server.listen(workerData.port, "127.0.0.1", () => parentPort.postMessage("listening"));
  `;
  const worker = new Worker(code, { eval: true, workerData: { routes, port: BARE_PORT } });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return worker;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

type PathResult = { path: string; type: string; bytes: number; site: Run; bare: Run };
let buildMs = 0;
let cold: Start = { listeningMs: 0, firstOkMs: 0 };
let restart: Start = { listeningMs: 0, firstOkMs: 0 };
let idleKb = 0;
const measured: PathResult[] = [];
type NginxResult = { path: string; cache: string; proxied: Run; files: Run };
const throughNginx: NginxResult[] = [];
const nginxChecks: string[] = [];
type PairResult = { path: string; one: Run; two: Run };
const pairRuns: PairResult[] = [];
const pairChecks: string[] = [];

try {
  say(`building for production into ${DIST_DIR}…`);
  buildMs = buildSite(env);

  say("cold start…");
  cold = await startWeb();
  await stopWeb();
  say("restart on the same data…");
  restart = await startWeb();
  if (
    !(await get(`${base}/api/health`).then(
      (a) => a.status === 200,
      () => false,
    ))
  )
    throw new Error(`/api/health is not ok:\n${serverLog.slice(-40).join("\n")}`);
  await sleep(1000);
  const idlePid = webPid();
  idleKb = idlePid ? (groupRssKb(idlePid) ?? 0) : 0;

  // The first post the sitemap lists.
  const post = (await sitemapPaths(base)).find((p) => p.startsWith("/news/"));
  if (!post) throw new Error("the sitemap lists no post");

  const paths = ["/", "/news", post, "/api/progress"];
  const routes = [];
  for (const p of paths) {
    const answer = await get(`${base}${p}`);
    if (answer.status !== 200) throw new Error(`${p} answered ${answer.status}`);
    if (answer.headers["content-encoding"]) throw new Error(`${p} came back ${answer.headers["content-encoding"]}-encoded though none was asked for`);
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    headers["content-length"] = answer.body.length;
    const shown = ["content-type", "cache-control", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"];
    say(
      `${p}: ${answer.status}, ${kB(answer.body.length)}; ${shown
        .filter((h) => answer.headers[h] !== undefined)
        .map((h) => `${h}: ${String(answer.headers[h])}`)
        .join("; ")}`,
    );
    routes.push({ path: p, headers, body: answer.body });
  }
  bare = await startBare(routes);
  for (const route of routes) {
    const check = await get(`http://127.0.0.1:${BARE_PORT}${route.path}`);
    if (!check.body.equals(route.body)) throw new Error(`the bare server's ${route.path} differs from the site's`);
  }

  for (const route of routes) {
    say(`loading ${route.path}: warm-up ${WARMUP} s each, then ${DURATION} s each, site then bare…`);
    if (WARMUP > 0) {
      await load(`${base}${route.path}`, WARMUP);
      await load(`http://127.0.0.1:${BARE_PORT}${route.path}`, WARMUP);
    }
    const site = await load(`${base}${route.path}`, DURATION);
    const bareRun = await load(`http://127.0.0.1:${BARE_PORT}${route.path}`, DURATION);
    const type = String(route.headers["content-type"] ?? "").split(";")[0] ?? "";
    measured.push({ path: route.path, type, bytes: route.body.length, site, bare: bareRun });
  }

  if (NGINX_BIN) {
    say(`starting ${NGINX_BIN} in front of the site (port ${NGINX_PORT}) and as a file server (port ${NGINX_STATIC_PORT})…`);
    nginx = await startNginx({ binary: NGINX_BIN, port: NGINX_PORT, staticPort: NGINX_STATIC_PORT, upstream: `127.0.0.1:${PORT}`, routes });
    const proxied = `http://127.0.0.1:${NGINX_PORT}`;
    const files = `http://127.0.0.1:${NGINX_STATIC_PORT}`;
    const cacheStatus = (answer: Answer) => String(answer.headers["x-cache-status"] ?? "(none)");
    const expectStatus = (what: string, answer: Answer, wanted: string) => {
      if (cacheStatus(answer) !== wanted) throw new Error(`through nginx, ${what} was ${cacheStatus(answer)}, not ${wanted}\n${nginx?.log()}`);
      nginxChecks.push(`${what}: \`X-Cache-Status: ${wanted}\``);
    };
    const first = await get(`${proxied}/`);
    if (first.status !== 200) throw new Error(`/ through nginx answered ${first.status}\n${nginx.log()}`);
    expectStatus("`/`, second request", await get(`${proxied}/`), "HIT");
    expectStatus("`/` with an `authjs.session-token` cookie", await get(`${proxied}/`, { cookie: "authjs.session-token=bench" }), "BYPASS");
    expectStatus(
      "`/` with a `__Secure-authjs.session-token` cookie",
      await get(`${proxied}/`, { cookie: "theme=dark; __Secure-authjs.session-token=bench" }),
      "BYPASS",
    );
    expectStatus("`/api/health`", await get(`${proxied}/api/health`), "BYPASS");
    for (const header of ["content-security-policy", "x-content-type-options", "referrer-policy"]) {
      const direct = routes[0]?.headers[header];
      if (direct !== undefined && first.headers[header] !== String(direct)) throw new Error(`nginx changed the site's ${header} header`);
    }
    nginxChecks.push("the site’s security headers (`Content-Security-Policy`, `X-Content-Type-Options`, `Referrer-Policy`) come through unchanged");
    for (const route of routes) {
      const [viaProxy, viaFiles] = [await get(`${proxied}${route.path}`), await get(`${files}${route.path}`)];
      if (!viaFiles.body.equals(route.body)) throw new Error(`nginx's file copy of ${route.path} differs from the site's`);
      if (viaProxy.status !== 200) throw new Error(`${route.path} through nginx answered ${viaProxy.status}`);
      say(
        `${route.path} through nginx: ${kB(viaProxy.body.length)}, X-Cache-Status ${cacheStatus(viaProxy)}, cache-control: ${String(viaProxy.headers["cache-control"])}`,
      );
    }

    for (const route of routes) {
      say(`loading ${route.path} through nginx: warm-up ${WARMUP} s each, then ${DURATION} s each, proxied then files…`);
      if (WARMUP > 0) {
        await load(`${proxied}${route.path}`, WARMUP);
        await load(`${files}${route.path}`, WARMUP);
      }
      const proxiedRun = await load(`${proxied}${route.path}`, DURATION);
      // What the cache answered with straight after the load (no longer the first request's MISS).
      const cache = cacheStatus(await get(`${proxied}${route.path}`));
      const filesRun = await load(`${files}${route.path}`, DURATION);
      throughNginx.push({ path: route.path, cache, proxied: proxiedRun, files: filesRun });
    }
    if (PAIR) {
      say(`starting a second server (port ${SECOND_PORT}) from the same build, and nginx in front of both (port ${PAIR_NGINX_PORT})…`);
      const [command, args] = serveCommand(SECOND_PORT);
      const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
      second = child;
      for (const stream of [child.stdout, child.stderr]) {
        stream?.setEncoding("utf8");
        stream?.on("data", (chunk: string) =>
          serverLog.push(
            ...chunk
              .split("\n")
              .filter(Boolean)
              .map((line) => `[second] ${line}`),
          ),
        );
      }
      const secondBase = `http://127.0.0.1:${SECOND_PORT}`;
      const startedAt = performance.now();
      while (
        (await get(`${secondBase}/api/health`).then(
          (a) => a.status,
          () => 0,
        )) !== 200
      ) {
        if (child.exitCode !== null || performance.now() - startedAt > 120_000)
          throw new Error(`the second server did not answer /api/health:\n${serverLog.slice(-40).join("\n")}`);
        await sleep(100);
      }
      const upstreams = [`127.0.0.1:${PORT}`, `127.0.0.1:${SECOND_PORT}`];
      // First a short-lived one with an access log, to see both servers answer; then the measured
      // one without (as the one-server nginx runs), so logging costs neither leg anything.
      pairNginx = await startNginx({ binary: NGINX_BIN, port: PAIR_NGINX_PORT, upstream: upstreams, accessLog: true });
      for (let i = 0; i < 20; i++) await get(`http://127.0.0.1:${PAIR_NGINX_PORT}/api/progress`, { cookie: BYPASS_COOKIE });
      const accessLog = fs.readFileSync(path.join(pairNginx.prefix, "access.log"), "utf8");
      const answeredBy = [PORT, SECOND_PORT].map((p) => (accessLog.match(new RegExp(`upstream=127\\.0\\.0\\.1:${p}\\b`, "g")) ?? []).length);
      if (answeredBy.some((n) => n === 0)) throw new Error(`nginx sent no request to one of the two servers (${answeredBy.join(" / ")})`);
      pairChecks.push(
        `of 20 requests in a row, nginx (least_conn) sent ${num(answeredBy[0] ?? 0)} to the first server and ${num(answeredBy[1] ?? 0)} to the second (its access log)`,
      );
      await pairNginx.stop();
      pairNginx = await startNginx({ binary: NGINX_BIN, port: PAIR_NGINX_PORT, upstream: upstreams });
      const one = `http://127.0.0.1:${NGINX_PORT}`;
      const two = `http://127.0.0.1:${PAIR_NGINX_PORT}`;
      for (const route of routes) {
        const [viaOne, viaTwo] = [await get(`${one}${route.path}`, { cookie: BYPASS_COOKIE }), await get(`${two}${route.path}`, { cookie: BYPASS_COOKIE })];
        for (const [what, answer] of [
          ["one server", viaOne],
          ["two servers", viaTwo],
        ] as const) {
          if (answer.status !== 200) throw new Error(`${route.path} through nginx with ${what} answered ${answer.status}`);
          if (String(answer.headers["x-cache-status"]) !== "BYPASS")
            throw new Error(`${route.path} with a session cookie was ${String(answer.headers["x-cache-status"])} through nginx with ${what}, not BYPASS`);
        }
      }
      pairChecks.push("every path, with the session cookie, is a `BYPASS` through both nginx: every request reaches a server");
      for (const route of routes) {
        say(`loading ${route.path} past the cache: warm-up ${WARMUP} s each, then ${DURATION} s each, one server then two…`);
        if (WARMUP > 0) {
          await load(`${one}${route.path}`, WARMUP, { cookie: BYPASS_COOKIE });
          await load(`${two}${route.path}`, WARMUP, { cookie: BYPASS_COOKIE });
        }
        const oneRun = await load(`${one}${route.path}`, DURATION, { cookie: BYPASS_COOKIE });
        const twoRun = await load(`${two}${route.path}`, DURATION, { cookie: BYPASS_COOKIE });
        pairRuns.push({ path: route.path, one: oneRun, two: twoRun });
      }
    } else {
      say("BENCH_PAIR=0: no two-server leg");
    }
  } else {
    say(process.env.BENCH_NGINX === "0" ? "BENCH_NGINX=0: no nginx leg" : "no nginx binary found: no nginx leg");
  }
} catch (error) {
  if (serverLog.length) say(`server log (last lines):\n${serverLog.slice(-20).join("\n")}`);
  throw error;
} finally {
  clearInterval(sampler);
  await bare?.terminate();
  await pairNginx?.stop();
  await nginx?.stop();
  await stopGroup(second);
  await stopWeb();
  await database.stop();
  removeBuild();
}

// ── The report ───────────────────────────────────────────────────────────────────────────────
const verdict = (met: boolean, shortfall: string) => (met ? "met" : `not met (${shortfall})`);
const errorKinds = (run: Run) => {
  const kinds = [
    { n: run.timeouts, what: "timed out after 10 s" },
    { n: run.non2xx, what: "not 2xx" },
    { n: run.socketErrors, what: "socket errors" },
  ];
  return `${num(run.errors)}: ${kinds
    .filter((k) => k.n > 0)
    .map((k) => `${num(k.n)} ${k.what}`)
    .join(", ")}`;
};
const cpus = os.cpus();
const lines = [
  `### Site load benchmark (${new Date().toISOString().slice(0, 10)})`,
  "",
  `${CONNECTIONS} connections; per path a ${WARMUP} s warm-up, then ${DURATION} s measured, against the site and then the bare server, never both at once. ` +
    `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, Node ${process.version}. Baseline: a bare node:http server answering the same bytes and headers from memory.`,
  "",
  "| path | response | site req/s | bare req/s | site ÷ bare | site p50 | site p99 | bare p50 / p99 | errors site / bare | ≥ 8% of bare | p99 < 100 ms | 0 errors |",
  "|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|---|",
  ...measured.map(({ path: p, type, bytes, site, bare: b }) => {
    const ratio = site.rps / b.rps;
    const cells = [
      `\`${p}\``,
      `${type}, ${kB(bytes)}`,
      num(site.rps),
      num(b.rps),
      percent(ratio),
      `${num(site.p50)} ms`,
      `${num(site.p99)} ms`,
      `${num(b.p50)} / ${num(b.p99)} ms`,
      `${num(site.errors)} / ${num(b.errors)}`,
      verdict(ratio >= TARGET.ratio, `${num((TARGET.ratio - ratio) * 100, 1)} points short`),
      verdict(site.p99 < TARGET.p99Ms, `${num(site.p99 - TARGET.p99Ms)} ms over`),
      verdict(site.errors === TARGET.errors, errorKinds(site)),
    ];
    return `| ${cells.join(" | ")} |`;
  }),
  "",
  "| measure | result | target | met |",
  "|---|---|---|---|",
  `| production build (\`next build\`) | ${seconds(buildMs)} | | |`,
  `| cold start: scripts/serve.ts spawned → first 200 from \`/\` | ${seconds(cold.firstOkMs)} (port open after ${seconds(cold.listeningMs)}) | | |`,
  `| restart on the same data: spawned → first 200 from \`/\` | ${seconds(restart.firstOkMs)} (port open after ${seconds(restart.listeningMs)}) | < 5 s | ${verdict(restart.firstOkMs < TARGET.restartMs, `${seconds(restart.firstOkMs - TARGET.restartMs)} over`)} |`,
  sampling
    ? `| peak memory: RSS of the scripts/serve.ts process group, sampled every ${SAMPLE_MS} ms over the whole run | ${num(peakKb / 1024)} MB (idle after the restart: ${num(idleKb / 1024)} MB) | | |`
    : "| peak memory | not measured (needs Linux /proc) | | |",
];
if (throughNginx.length) {
  lines.push(
    "",
    `#### Behind nginx (${NGINX_BIN ? nginxVersion(NGINX_BIN) : "nginx"}, one worker)`,
    "",
    `The site behind docs/nginx/winter-appeal.conf.template, against the same bytes served as static files by the same nginx. ` +
      `Same autocannon settings; per path a ${WARMUP} s warm-up of each, then ${DURATION} s of each, never both at once.`,
    "",
    ...nginxChecks.map((check) => `- ${check}`),
    "",
    "| path | X-Cache-Status after the run | through nginx req/s | nginx files req/s | through ÷ files | through p50 | through p99 | files p50 / p99 | errors through / files | ≥ 60% of files | p99 < 20 ms | 0 errors |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|---|",
    ...throughNginx.map(({ path: p, cache, proxied, files }) => {
      const ratio = proxied.rps / files.rps;
      const cells = [
        `\`${p}\``,
        cache,
        num(proxied.rps),
        num(files.rps),
        percent(ratio),
        `${num(proxied.p50)} ms`,
        `${num(proxied.p99)} ms`,
        `${num(files.p50)} / ${num(files.p99)} ms`,
        `${num(proxied.errors)} / ${num(files.errors)}`,
        verdict(ratio >= NGINX_TARGET.ratio, `${num((NGINX_TARGET.ratio - ratio) * 100, 1)} points short`),
        verdict(proxied.p99 < NGINX_TARGET.p99Ms, `${num(proxied.p99 - NGINX_TARGET.p99Ms)} ms over`),
        verdict(proxied.errors === NGINX_TARGET.errors, errorKinds(proxied)),
      ];
      return `| ${cells.join(" | ")} |`;
    }),
  );
}
if (pairRuns.length) {
  lines.push(
    "",
    "#### Two servers behind nginx, beside one",
    "",
    `The same build on the same database: one scripts/serve.ts behind nginx, then two behind a second nginx (the template's upstream of several, least_conn). ` +
      `Every request carries a session cookie, so nginx's micro-cache is bypassed and each one reaches a server. Same autocannon settings; per path a ${WARMUP} s warm-up of each, then ${DURATION} s of each, never both at once. ` +
      `On ${cpus.length} core${cpus.length === 1 ? "" : "s"} the servers, nginx, PostgreSQL and the load generator share the same CPUs, so a second server can add at most what the first leaves idle: the gain is bounded by the machine, not by the layout.`,
    "",
    ...pairChecks.map((check) => `- ${check}`),
    "",
    "| path | one server req/s | two servers req/s | two ÷ one | one p50 / p99 | two p50 / p99 | errors one / two |",
    "|---|--:|--:|--:|--:|--:|--:|",
    ...pairRuns.map(({ path: p, one, two }) => {
      const cells = [
        `\`${p}\``,
        num(one.rps),
        num(two.rps),
        num(two.rps / one.rps, 2),
        `${num(one.p50)} / ${num(one.p99)} ms`,
        `${num(two.p50)} / ${num(two.p99)} ms`,
        `${num(one.errors)} / ${num(two.errors)}`,
      ];
      return `| ${cells.join(" | ")} |`;
    }),
  );
}
process.stdout.write(`${lines.join("\n")}\n`);
process.exit(0);
