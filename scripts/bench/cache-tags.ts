// npm run bench:cache-tags: how long one server takes to hear of a cache tag another server
// invalidated (lib/cache/shared-tags.mjs), beside the floor of the same mechanism in the same run
// (machines are shared and noisy: read the ratios).
//
//  - The site: two stores, A and B, as two servers make them, on a throwaway embedded PostgreSQL
//    with the site's migrations. Each round, A invalidates a tag (its upsert of the "CacheTag" row
//    and its NOTIFY, in one statement), and the clock stops when B's expiry for the tag moves:
//    B has had the notification and read the table again. This is what stands between a publish,
//    or a paid gift, on one server and a fresh page on every other.
//  - The floor: two bare `pg` clients on the same database, one LISTENing, the other sending
//    NOTIFY with a payload; the clock stops when the notification arrives. No table, no second
//    query: the least any design built on LISTEN/NOTIFY could take.
//  - Rounds alternate between the two, so both see the same noise. Both stores live in this one
//    process: the figures leave out the network between two machines, which adds the same to both.
//
// The target (docs/deploy.md): every server shows a change within a second. The end-to-end test
// (tests/e2e/two-servers.spec.ts) checks that it is shown; this measures how fast.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { SharedTags } from "../../lib/cache/shared-tags.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { ms1, quantile } from "../lib/figures";
import { migrate } from "../lib/migrate";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 500);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 50);
const TARGET_MS = 1_000;
const say = (line: string) => process.stderr.write(`${line}\n`);

const dir = path.join(os.tmpdir(), `winter-appeal-bench-cache-tags-${process.pid}`);
const server = await startEmbeddedPostgres({ dir, ephemeral: true });
process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));

/** Until `check` holds, yielding to I/O between looks; never longer than a minute. */
async function until(check: () => boolean, what: string) {
  const deadline = performance.now() + 60_000;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`not within a minute: ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => quantile(sorted, q);
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted.at(-1) ?? 0, over: sorted.filter((t) => t > TARGET_MS).length };
}

const url = await ensureDatabase(server.serverUrl, "bench");
await migrate(url, { command: "deploy" });
const quiet = (message: string) => say(`[cache] ${message}`);
const a = new SharedTags({ databaseUrl: url, name: "bench A", log: quiet });
const b = new SharedTags({ databaseUrl: url, name: "bench B", log: quiet });
const listener = new pg.Client({ connectionString: url });
const sender = new pg.Client({ connectionString: url });
const site: number[] = [];
const floor: number[] = [];
const writes: number[] = [];

try {
  await until(() => a.listening && b.listening, "both stores listening");
  await Promise.all([listener.connect(), sender.connect()]);
  await listener.query("LISTEN bench_floor");
  let heard: (() => void) | null = null;
  listener.on("notification", () => heard?.());

  say(`${WARMUP} warm-up rounds, then ${ROUNDS} measured, alternating the site and the floor…`);
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const measured = round >= WARMUP;

    // The site: A invalidates, B hears of it.
    const tag = `bench:${round % 20}`;
    const known = b.expiration([tag]);
    const started = performance.now();
    const write = a.invalidate([tag]).then(() => performance.now() - started);
    await until(() => b.expiration([tag]) > known, `B hears of ${tag}`);
    const took = performance.now() - started;
    if (measured) {
      site.push(took);
      writes.push(await write);
    } else await write;

    // The floor: a bare NOTIFY, heard by a bare LISTEN.
    const arrived = new Promise<number>((resolve) => {
      heard = () => resolve(performance.now());
    });
    const sent = performance.now();
    await sender.query("SELECT pg_notify('bench_floor', $1)", [String(round)]);
    const at = await arrived;
    if (measured) floor.push(at - sent);
    // A gap between rounds, as between two publishes (and Date.now() moves on for the next expiry).
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
} finally {
  await Promise.allSettled([a.close(), b.close(), listener.end(), sender.end()]);
  await server.stop();
}

const [s, f, w] = [summary(site), summary(floor), summary(writes)];
const ratio = (x: number, y: number) => `${(x / y).toFixed(2)} ×`;
console.log(
  [
    `Cache tags across servers, ${ROUNDS} rounds (after ${WARMUP} warm-up), ${new Date().toISOString()}, load average ${os.loadavg()[0]?.toFixed(1)}`,
    "",
    "| | p50 ms | p90 ms | p99 ms | max ms | over 1 s |",
    "|---|--:|--:|--:|--:|--:|",
    `| B hears of A's invalidation (the site) | ${ms1(s.p50)} | ${ms1(s.p90)} | ${ms1(s.p99)} | ${ms1(s.max)} | ${s.over} |`,
    `| A's invalidate() returns (its write) | ${ms1(w.p50)} | ${ms1(w.p90)} | ${ms1(w.p99)} | ${ms1(w.max)} | ${w.over} |`,
    `| a bare NOTIFY heard by a bare LISTEN (the floor) | ${ms1(f.p50)} | ${ms1(f.p90)} | ${ms1(f.p99)} | ${ms1(f.max)} | ${f.over} |`,
    `| the site ÷ the floor | ${ratio(s.p50, f.p50)} | ${ratio(s.p90, f.p90)} | ${ratio(s.p99, f.p99)} | | |`,
    "",
    `Target: every round within ${TARGET_MS.toLocaleString("en-GB")} ms. ${s.over === 0 ? "Met" : `Not met: ${s.over} of ${ROUNDS} rounds over`}.`,
  ].join("\n"),
);
