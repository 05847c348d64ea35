// npm run bench:newsletter: what the newsletter costs, each figure beside a baseline from the
// same run on the same machine (machines are shared and noisy: read the ratios).
//
//  1. Send rate: emails per second through the whole pipeline (claim a batch in PostgreSQL,
//     render each recipient's copy with React Email, one Resend batch request, mark sent) to the
//     local fake of Resend's API, against the baseline of the bare SDK posting pre-rendered
//     batches to the same fake.
//  2. Signup throughput: the signup server action end to end (a production build, scripts/serve.ts,
//     the form posted as a browser without JavaScript does, outbox mode), against the baseline of
//     the same action answering the honeypot (framework cost, no signup work). Also the time for
//     the queue to write every confirmation email to the outbox.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { Resend } from "resend";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { createResendTransport } from "../../lib/email/resend-transport";
import { newsletterRenderer } from "../../lib/newsletter/emails";
import { sendNewsletterBatch } from "../../lib/newsletter/send-newsletter-batch";
import { startNewsletter } from "../../lib/newsletter/start-newsletter";
import type { Enqueue } from "../../lib/queue/jobs";
import { seed } from "../../prisma/seed/seed";
import { startFakeResend } from "../../tests/support/fake-resend";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { quantile } from "../lib/figures";
import { migrate } from "../lib/migrate";
import { serveCommand } from "../lib/serve-command";

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 2000);
const SIGNUPS = Number(process.env.BENCH_SIGNUPS ?? 400);
const CONCURRENCY = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d;

const dir = path.join(os.tmpdir(), `winter-appeal-bench-${process.pid}`);
const server = await startEmbeddedPostgres({ dir, ephemeral: true });
const url = await ensureDatabase(server.serverUrl, "bench");
await migrate(url, { command: "deploy" });
await seed(url);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
const results: string[] = [];

try {
  // ── 1. Send rate ─────────────────────────────────────────────────────────────────────────
  const fake = await startFakeResend({ apiKey: "re_bench" });
  const transport = createResendTransport({ apiKey: "re_bench", from: "Bench <bench@example.org>", baseUrl: fake.url });
  await db.subscriber.createMany({
    data: Array.from({ length: RECIPIENTS }, (_, i) => ({ email: `reader${i}@example.org`, status: "CONFIRMED" as const, confirmedAt: new Date() })),
  });

  // Baseline: the SDK alone, posting the same number of pre-rendered emails in batches of 100.
  const render = await newsletterRenderer(db, { siteUrl: "http://localhost", postalAddress: "1 Example Yard" });
  const sample = await render(
    { id: "baseline", subject: "Winter update", body: "# News\n\nCoats are going out every day." },
    { id: "x", email: "x@example.org" },
  );
  const sdk = new Resend("re_bench", { baseUrl: fake.url });
  let t0 = performance.now();
  for (let b = 0; b < RECIPIENTS / 100; b++) {
    const batch = Array.from({ length: 100 }, (_, i) => ({
      from: "Bench <bench@example.org>",
      to: [`base${b}-${i}@example.org`],
      subject: sample.subject,
      html: sample.html,
      text: sample.text,
      headers: sample.headers,
    }));
    const { error } = await sdk.batch.send(batch, { idempotencyKey: `baseline/${b}` });
    if (error) throw new Error(error.message);
  }
  const baselineRate = RECIPIENTS / ((performance.now() - t0) / 1000);

  const jobs: { newsletterId: string; batch: number }[] = [];
  const recordJobs: Enqueue = async (_queue, data) => {
    jobs.push(data as { newsletterId: string; batch: number });
  };
  t0 = performance.now();
  await startNewsletter(db, recordJobs, { subject: "Winter update", body: "# News\n\nCoats are going out every day." });
  for (const job of jobs) await sendNewsletterBatch(db, transport, render, job);
  const pipelineRate = RECIPIENTS / ((performance.now() - t0) / 1000);
  const delivered = fake.emails.filter((e) => !e.to[0]?.startsWith("base")).length;
  if (delivered !== RECIPIENTS) throw new Error(`expected ${RECIPIENTS} deliveries, got ${delivered}`);
  results.push(
    `send rate, ${RECIPIENTS} recipients: pipeline ${round(pipelineRate)} emails/s · bare SDK to the same fake ${round(baselineRate)} emails/s · ratio ${round(pipelineRate / baselineRate, 2)}`,
  );
  await fake.close();

  // ── 2. Signup throughput ─────────────────────────────────────────────────────────────────
  const dataDir = path.join(dir, "data");
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: ".next-bench",
    NEXT_TELEMETRY_DISABLED: "1",
    DATA_DIR: dataDir,
    SITE_URL: `http://localhost:${PORT}`,
    RESEND_API_KEY: "",
  };
  console.log("building for the signup benchmark…");
  if (spawnSync("node_modules/.bin/next", ["build"], { env, stdio: "ignore" }).status !== 0) throw new Error("build failed");
  // One trusted hop: this script stands in for the proxy, giving each request an address of its own.
  const [command, args] = serveCommand(PORT);
  const web = spawn(command, args, { env: { ...env, TRUSTED_PROXY_HOPS: "1" }, stdio: "ignore" });
  try {
    const base = `http://localhost:${PORT}`;
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const html = await (await fetch(`${base}/newsletter`)).text();
    const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1] ?? "";
    const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(
      (m) => [m[1] ?? "", (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")] as const,
    );

    async function post(i: number, honeypot: boolean): Promise<number> {
      const body = new FormData();
      for (const [k, v] of hidden) body.append(k, v);
      body.append("email", `signup${i}${honeypot ? "-bot" : ""}@example.org`);
      body.append("website", honeypot ? "https://spam.example" : "");
      const started = performance.now();
      // A distinct client address per request, so the per-IP limit measures nothing here.
      const response = await fetch(`${base}/newsletter`, { method: "POST", body, headers: { "x-forwarded-for": `10.1.${(i >> 8) & 255}.${i & 255}` } });
      const page = await response.text();
      if (!response.ok || !page.includes("We’ve sent you an email")) throw new Error(`signup ${i} failed: ${response.status}`);
      return performance.now() - started;
    }

    async function load(honeypot: boolean, offset: number) {
      const times: number[] = [];
      let next = 0;
      const t = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < SIGNUPS) times.push(await post(offset + next++, honeypot));
        }),
      );
      const seconds = (performance.now() - t) / 1000;
      times.sort((a, b) => a - b);
      const p = (q: number) => round(quantile(times, q));
      return { rate: round(SIGNUPS / seconds, 1), p50: p(0.5), p99: p(0.99) };
    }

    await load(true, 1_000_000); // warm-up
    const baseline = await load(true, 2_000_000);
    const t1 = performance.now();
    const signup = await load(false, 0);
    const outbox = path.join(dataDir, "outbox");
    while ((fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0) < SIGNUPS && performance.now() - t1 < 120_000)
      await new Promise((r) => setTimeout(r, 100));
    const drained = (performance.now() - t1) / 1000;
    const confirmed = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0;
    results.push(
      `signup, ${SIGNUPS} no-JS posts, ${CONCURRENCY} at a time: ${signup.rate}/s (p50 ${signup.p50} ms, p99 ${signup.p99} ms) · honeypot baseline ${baseline.rate}/s (p50 ${baseline.p50} ms, p99 ${baseline.p99} ms) · ratio ${round(signup.rate / baseline.rate, 2)}`,
      `confirmation emails in the outbox: ${confirmed} of ${SIGNUPS}, all written ${round(drained, 1)} s after the first signup`,
    );
  } finally {
    web.kill("SIGTERM");
  }
} finally {
  await db.$disconnect();
  await server.stop();
}

console.log(`\n${results.join("\n")}`);
process.exit(0);
