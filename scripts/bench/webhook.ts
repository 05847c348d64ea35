// npm run bench:webhook: what taking a payment costs, each figure beside a baseline from the same
// run on the same machine (machines are shared and noisy: read the ratios).
//
//  1. Webhook throughput: a production build under scripts/serve.ts (built-in test mode, no Stripe
//     keys; QUEUE_WORKER=separate, so receipt jobs are queued but nobody sends them), 50
//     connections at a time posting distinct, correctly signed `checkout.session.completed`
//     (paid) events, each for its own pending donation inserted beforehand: signature check,
//     the event recorded, the donation locked and made PAID, its receipt job queued, all in one
//     transaction, and the progress tag expired. Baseline: the same load of correctly signed
//     events of a type the site ignores (`customer.created`: signature check and routing, no
//     database). Afterwards every donation is checked PAID with exactly one recorded event.
//     Second baseline: a bare `pg` loop doing the same writes, without HTTP, signatures or
//     Prisma (the floor for the database work): for each of as many other pending donations,
//     50 at a time over a pool of 10 connections, BEGIN, the same event-recording and
//     donation-locking statement, the same donation update, the same pg-boss job insert
//     (pg-boss's own SQL), COMMIT, each statement prepared: five round trips. The target is
//     stated against it. Then, for information, the same again in two round trips, as the
//     webhook sends them (BEGIN with the first statement; the update and the job with COMMIT).
//  2. Checkout creation: startCheckout() called directly, one gift after another, with the
//     built-in test-mode payments (our own work only: pricing, the pending donation and Gift Aid
//     declaration transaction, the session bookkeeping) and with the real Stripe SDK talking to
//     the local fake of Stripe's API. The difference is the time in the SDK and the fake.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import Stripe from "stripe";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { parseDonationForm, type DonationForm } from "../../lib/donations/checkout/donation-form-schema";
import { startCheckout, type CheckoutCampaign } from "../../lib/donations/checkout/start-checkout";
import { startBoss } from "../../lib/queue/boss";
import { queues } from "../../lib/queue/jobs";
import { StatementBatch, type BatchStatement } from "../../lib/donations/webhook/statement-batch";
import { createStripe } from "../../lib/stripe/client";
import { stripePayments, testModePayments, type Payments } from "../../lib/stripe/payments";
import { seed } from "../../prisma/seed/seed";
import { startFakeStripe } from "../../tests/support/fake-stripe";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { treeCpuMs } from "../lib/cpu-time";
import { ms1, quantile } from "../lib/figures";
import { migrate } from "../lib/migrate";
import { killGroup, portIsFree, stopGroup } from "../lib/process-group";
import { serveCommand } from "../lib/serve-command";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 3000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const GIFTS = Number(process.env.BENCH_GIFTS ?? 300);
const CONCURRENCY = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3210);
/** A folder for a V8 CPU profile of the server (`--cpu-prof`), written when it stops. */
const CPU_PROF = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d;
const num = (n: number, d = 0) => round(n, d).toLocaleString("en-GB");
const hex = (bytes: number) => crypto.randomBytes(bytes).toString("hex");

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
}

const dir = path.join(os.tmpdir(), `winter-appeal-bench-webhook-${process.pid}`);
const server = await startEmbeddedPostgres({ dir, ephemeral: true });
let web: ChildProcess | null = null;

/** The server was started detached, as a process group of its own: these end all of it. */
const killWeb = (signal: NodeJS.Signals) => killGroup(web, signal);
const stopWeb = () => stopGroup(web);
// Ctrl-C reaches only our own process group: take the server (and the database) down with us.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killWeb("SIGKILL");
    void server.stop().finally(() => process.exit(130));
  });
}
process.once("exit", () => {
  killWeb("SIGKILL");
  // After an interruption embedded-postgres's own exit hook stops the database and removes its
  // data folder, but not ours around it.
  fs.rmSync(dir, { recursive: true, force: true });
});

const url = await ensureDatabase(server.serverUrl, "bench");
await migrate(url, { command: "deploy" });
await seed(url);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
const fake = await startFakeStripe({ secretKey: "sk_test_bench" });
const sdkPayments = stripePayments(createStripe("sk_test_bench", fake.url), false);
const results: string[] = [];

try {
  const campaign: CheckoutCampaign = await db.campaign.findFirstOrThrow({
    orderBy: { createdAt: "desc" },
    select: { id: true, charityName: true, coatPricePence: true, packPricePence: true, feeBasisPoints: true, feeFixedPence: true },
  });

  // ── 1. Webhook throughput ────────────────────────────────────────────────────────────────
  const dataDir = path.join(dir, "data");
  const secret = `whsec_test_${crypto.randomBytes(24).toString("base64url")}`;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, "stripe-webhook-secret"), `${secret}\n`, { mode: 0o600 });

  // A completed, paid session exactly as the fake's API shows it: the template for every event.
  const template = await sdkPayments.createCheckoutSession({
    donationId: "template",
    mode: "payment",
    lineItems: [{ name: "Winter coat for someone sleeping rough", unitAmountPence: campaign.coatPricePence, quantity: 1 }],
    successUrl: "http://localhost/donate/thank-you?session_id={CHECKOUT_SESSION_ID}",
    cancelUrl: "http://localhost/donate?cancelled=1",
    idempotencyKey: "bench/template",
  });
  fake.complete(template.id, { paid: true, email: "donor@example.org", name: "Ada Donor" });
  const sessionTemplate = fake.sessionObject(template.id);

  // Pending donations, each with its session already recorded (as startCheckout leaves them),
  // and the paid event for each. Warm-up donations first, then the measured ones.
  const donations = Array.from({ length: WARMUP + EVENTS }, (_, i) => ({ id: `bench${hex(10)}`, session: `cs_test_${hex(29)}`, i }));
  // The bare-pg baselines' own donations, paid the same way without the site.
  const bareDonations = Array.from({ length: EVENTS }, (_, i) => ({ id: `bare${hex(10)}`, session: `cs_test_${hex(29)}`, i }));
  const bareBatchedDonations = Array.from({ length: EVENTS }, (_, i) => ({ id: `bareb${hex(10)}`, session: `cs_test_${hex(29)}`, i }));
  await db.donation.createMany({
    data: [...donations, ...bareDonations, ...bareBatchedDonations].map((d) => ({
      id: d.id,
      campaignId: campaign.id,
      kind: "COAT" as const,
      quantity: 1,
      amountPence: campaign.coatPricePence,
      attemptKey: `bench/${d.id}`,
      livemode: false,
      stripeSessionId: d.session,
    })),
  });
  const paidEvent = (d: (typeof donations)[number]) =>
    JSON.stringify(
      fake.event("checkout.session.completed", {
        ...sessionTemplate,
        id: d.session,
        client_reference_id: d.id,
        metadata: { donationId: d.id },
        payment_intent: `pi_test_${hex(12)}`,
        customer_details: { ...(sessionTemplate.customer_details as object), email: `donor${d.i}@example.org`, name: `Donor ${d.i}` },
      }),
      null,
      2, // Stripe sends its events pretty-printed
    );
  const ignoredEvent = (i: number) =>
    JSON.stringify(
      fake.event("customer.created", {
        id: `cus_test_${hex(7)}`,
        object: "customer",
        address: null,
        balance: 0,
        created: Math.floor(Date.now() / 1000),
        currency: null,
        default_source: null,
        delinquent: false,
        description: null,
        email: `donor${i}@example.org`,
        invoice_prefix: hex(4).toUpperCase(),
        invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
        livemode: false,
        metadata: {},
        name: `Donor ${i}`,
        phone: null,
        preferred_locales: [],
        shipping: null,
        tax_exempt: "none",
        test_clock: null,
      }),
      null,
      2,
    );
  const warmPaid = donations.slice(0, WARMUP).map(paidEvent);
  const measuredPaid = donations.slice(WARMUP).map(paidEvent);
  const warmIgnored = Array.from({ length: WARMUP }, (_, i) => ignoredEvent(1_000_000 + i));
  const measuredIgnored = Array.from({ length: EVENTS }, (_, i) => ignoredEvent(i));

  if (!(await portIsFree(PORT))) throw new Error(`port ${PORT} is in use: set BENCH_PORT to a free one`);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_DIST_DIR: ".next-bench",
    NEXT_TELEMETRY_DISABLED: "1",
    DATA_DIR: dataDir,
    SITE_URL: `http://localhost:${PORT}`,
    QUEUE_WORKER: "separate",
    STRIPE_SECRET_KEY: "",
    STRIPE_WEBHOOK_SECRET: "",
    STRIPE_API_BASE: "",
    RESEND_API_KEY: "",
  };
  // The server (scripts/serve.ts) runs Next.js in its own process, so profiling that process profiles the server.
  const [command, args] = serveCommand(PORT, CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}`] : []);
  console.log("building for the webhook benchmark…");
  const build = spawnSync("node_modules/.bin/next", ["build"], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) {
    // The last lines are often warnings printed after the error: the whole output goes to a file.
    const output = `${build.stdout}\n${build.stderr}`.trim();
    const logFile = path.join(os.tmpdir(), `bench-webhook-build-${process.pid}.log`);
    fs.writeFileSync(logFile, `${output}\n`);
    throw new Error(`build failed (whole output in ${logFile}):\n${output.split("\n").slice(-40).join("\n")}`);
  }

  const serverLog: string[] = [];
  web = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [web.stdout, web.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      serverLog.push(...chunk.split("\n").filter(Boolean));
      if (serverLog.length > 200) serverLog.splice(0, serverLog.length - 200);
    });
  }
  try {
    const base = `http://localhost:${PORT}`;
    let ready = false;
    for (let i = 0; i < 150 && !ready && web.exitCode === null; i++) {
      ready = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    if (!ready) throw new Error(`the server did not start:\n${serverLog.slice(-40).join("\n")}`);

    // Where the CPU goes: the web server (and its children), PostgreSQL (the postmaster and its
    // backends) and this process (signing and sending the load).
    const webPid = web.pid ?? 0;
    const postgresPid = Number(fs.readFileSync(path.join(dir, "pgdata", "postmaster.pid"), "utf8").split("\n")[0]);
    const cpuNow = () => ({ web: treeCpuMs(webPid), postgres: treeCpuMs(postgresPid), load: process.cpuUsage() });

    /** Posts every payload, CONCURRENCY at a time, each signed as Stripe signs it when sent. */
    async function load(payloads: string[], expected: "applied" | "ignored") {
      const cpuBefore = cpuNow();
      const times: number[] = [];
      let errors = 0;
      let unexpected = 0;
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < payloads.length) {
            const payload = payloads[next++] ?? "";
            const t = performance.now();
            try {
              const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
              const response = await fetch(`${base}/api/stripe/webhook`, {
                method: "POST",
                body: payload,
                headers: { "content-type": "application/json", "stripe-signature": signature },
              });
              const body = (await response.json()) as { outcome?: string };
              if (response.status !== 200) errors++;
              else if (body.outcome !== expected) unexpected++;
            } catch {
              errors++;
            }
            times.push(performance.now() - t);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const cpuAfter = cpuNow();
      const loadCpu = process.cpuUsage(cpuBefore.load);
      const perEvent = (ms: number) => ms / payloads.length;
      const cpu = {
        web: perEvent(cpuAfter.web - cpuBefore.web),
        postgres: perEvent(cpuAfter.postgres - cpuBefore.postgres),
        load: perEvent((loadCpu.user + loadCpu.system) / 1000),
      };
      return { rate: payloads.length / seconds, ...percentiles(times), errors, unexpected, cpu };
    }

    await load(warmIgnored, "ignored");
    await load(warmPaid, "applied");
    const baseline = await load(measuredIgnored, "ignored");
    const paid = await load(measuredPaid, "applied");

    // Every donation paid, each by exactly one recorded event; every receipt queued, none sent.
    const measuredIds = donations.slice(WARMUP).map((d) => d.id);
    const paidIds = await db.donation.findMany({ where: { id: { in: measuredIds }, status: "PAID", paidAt: { not: null } }, select: { id: true } });
    const perDonation = await db.stripeEvent.groupBy({ by: ["donationId"], where: { donationId: { in: measuredIds } }, _count: { _all: true } });
    const once = new Set(perDonation.filter((g) => g._count._all === 1).map((g) => g.donationId));
    const paidOnce = paidIds.filter((d) => once.has(d.id)).length;
    const notOnce = perDonation.length - once.size;
    const stripeEvents = await db.stripeEvent.count();
    const sent = warmPaid.length + measuredPaid.length;
    const [jobs] = await db.$queryRaw<{ queued: bigint; other: bigint }[]>`
      SELECT count(*) FILTER (WHERE state = 'created') AS queued, count(*) FILTER (WHERE state <> 'created') AS other
      FROM pgboss.job WHERE name = ${queues.donationReceipt}`;
    const problems = paid.errors + paid.unexpected + baseline.errors + baseline.unexpected;
    if (problems > 0) console.log(`server log (last lines):\n${serverLog.slice(-20).join("\n")}`);

    const cpuLine = (r: typeof paid) => `server ${ms1(r.cpu.web)} ms, PostgreSQL ${ms1(r.cpu.postgres)} ms, load generator ${ms1(r.cpu.load)} ms`;
    results.push(
      `webhook, ${num(EVENTS)} events, ${CONCURRENCY} at a time: ${num(paid.rate)} events/s (p50 ${num(paid.p50)} ms, p99 ${num(paid.p99)} ms) · ignored-event baseline ${num(baseline.rate)} events/s (p50 ${num(baseline.p50)} ms, p99 ${num(baseline.p99)} ms) · ratio ${round(paid.rate / baseline.rate, 2)} · ${paid.errors + baseline.errors} errors · ${num(paidOnce)} donations paid once`,
      `  checked after the run: ${num(paidIds.length)} of ${num(EVENTS)} measured donations PAID, ${notOnce} with more than one recorded event; StripeEvent rows ${num(stripeEvents)} = paid events sent ${num(sent)} (${num(WARMUP)} warm-up + ${num(EVENTS)}): ${stripeEvents === sent ? "yes" : "NO"}; ` +
        `receipt jobs queued and not sent (QUEUE_WORKER=separate, no worker running) ${num(Number(jobs?.queued ?? 0))}, in another state ${num(Number(jobs?.other ?? 0))}; ` +
        `non-200 answers: ${paid.errors} paid, ${baseline.errors} baseline; 200 with another outcome: ${paid.unexpected} paid, ${baseline.unexpected} baseline`,
      `  CPU per event (2 cores shared by all three): paid: ${cpuLine(paid)} · ignored: ${cpuLine(baseline)}`,
    );
  } finally {
    await stopWeb();
  }

  // ── 1b. The same writes from a bare pg loop ──────────────────────────────────────────────
  {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const boss = await startBoss(url);
    const named = (text: string) => `b_${crypto.createHash("sha1").update(text).digest("base64url")}`;
    const run = (client: pg.PoolClient, text: string, values: unknown[]) => client.query({ name: named(text), text, values });
    const record = `WITH locked AS (
        SELECT "id", "status", "amountPence", "feePence", "refundedPence", "stripeSessionId", "stripeInvoiceId", "frequency"::text AS "frequency", "livemode", "giftAidClaimId"
        FROM "Donation" WHERE "id" = $1 FOR UPDATE
      ), recorded AS (
        INSERT INTO "StripeEvent" ("id", "type", "donationId", "createdAt", "appliedAt")
        VALUES ($2, $3, (SELECT "id" FROM locked), $4, $5)
        ON CONFLICT DO NOTHING
        RETURNING 1
      )
      SELECT EXISTS (SELECT 1 FROM recorded) AS "recorded", locked.*
      FROM (VALUES (1)) AS one LEFT JOIN locked ON true`;
    const update = `UPDATE "Donation" SET "status" = 'PAID', "paidAt" = $2, "stripeSessionId" = $3, "stripePaymentIntentId" = $4, "donorEmail" = $5, "donorName" = $6, "updatedAt" = $7 WHERE "id" = $1`;
    type Bare = (typeof bareDonations)[number];
    /** Pays every donation, CONCURRENCY at a time over the pool's 10 connections. */
    async function bareLoop(list: Bare[], pay: (client: pg.PoolClient, d: Bare) => Promise<void>) {
      const times: number[] = [];
      let next = 0;
      let errors = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < list.length) {
            const d = list[next++];
            if (!d) break;
            const t = performance.now();
            const client = await pool.connect();
            try {
              await pay(client, d);
            } catch {
              errors++;
              await client.query("ROLLBACK").catch(() => undefined);
            } finally {
              client.release();
            }
            times.push(performance.now() - t);
          }
        }),
      );
      const rate = list.length / ((performance.now() - started) / 1000);
      const paidCount = await db.donation.count({ where: { id: { in: list.map((d) => d.id) }, status: "PAID" } });
      return { rate, ...percentiles(times), errors, paidCount };
    }
    const receipt = (d: Bare) => [queues.donationReceipt, { donationId: d.id, idempotencyKey: `receipt/${d.session}` }] as const;

    // Five round trips, one statement each: BEGIN, the event and lock, the update, the job, COMMIT.
    const bare = await bareLoop(bareDonations, async (client, d) => {
      await client.query("BEGIN");
      const now = new Date();
      const { rows } = await run(client, record, [d.id, `evt_bare_${hex(12)}`, "checkout.session.completed", now, now]);
      if (!rows[0]?.recorded) throw new Error("not recorded");
      await run(client, update, [d.id, now, d.session, `pi_test_${hex(12)}`, `donor${d.i}@example.org`, `Donor ${d.i}`, now]);
      await boss.send(...receipt(d), {
        singletonKey: `receipt/${d.session}`,
        db: { executeSql: async (text: string, values: unknown[] = []) => ({ rows: (await run(client, text, values)).rows }) },
      });
      await client.query("COMMIT");
    });

    // The same statements in two round trips, as the webhook sends them (statement-batch.ts):
    // BEGIN with the event and lock; the update and the job with COMMIT. For information: the
    // target is stated against the loop above.
    const batch = (client: pg.PoolClient, statements: BatchStatement[]) =>
      new Promise<pg.QueryResult[]>((resolve, reject) =>
        (client.query as unknown as (b: StatementBatch, cb: (e: Error | null, r: pg.QueryResult[]) => void) => void)(new StatementBatch(statements), (e, r) =>
          e ? reject(e) : resolve(r),
        ),
      );
    const statement = (text: string, values: unknown[], rows: boolean): BatchStatement => ({ text, values, name: named(text), rows });
    const batched = await bareLoop(bareBatchedDonations, async (client, d) => {
      const now = new Date();
      const [, recorded] = await batch(client, [
        { text: "BEGIN", rows: false },
        statement(record, [d.id, `evt_bare_${hex(12)}`, "checkout.session.completed", now, now], true),
      ]);
      if (!recorded?.rows[0]?.recorded) throw new Error("not recorded");
      const last = [statement(update, [d.id, now, d.session, `pi_test_${hex(12)}`, `donor${d.i}@example.org`, `Donor ${d.i}`, now], false)];
      await boss.send(...receipt(d), {
        singletonKey: `receipt/${d.session}`,
        db: {
          executeSql: async (text: string, values: unknown[] = []) => {
            last.push(statement(text, values, false));
            return { rows: [] };
          },
        },
      });
      const end = (await batch(client, [...last, { text: "COMMIT", rows: false }])).at(-1);
      if (end?.command !== "COMMIT") throw new Error(`ended in ${end?.command}`);
    });

    await boss.stop({ graceful: false, timeout: 5_000 });
    await pool.end();
    const webhookRate = Number(results[0]?.match(/: ([\d,]+) events\/s/)?.[1]?.replace(/,/g, "") ?? 0);
    results.push(
      `bare pg loop, same writes, ${num(EVENTS)} payments, ${CONCURRENCY} at a time over 10 connections, five round trips each: ${num(bare.rate)} payments/s (p50 ${num(bare.p50)} ms, p99 ${num(bare.p99)} ms) · ${bare.errors} errors · ${num(bare.paidCount)} paid · ` +
        `webhook ÷ bare pg: ${round(webhookRate / bare.rate, 2)} (at least 0.5, or the webhook at 500 events/s or more: ${webhookRate >= 500 || webhookRate / bare.rate >= 0.5 ? "yes" : "NO"})`,
      `  the same in two round trips each, as the webhook sends them: ${num(batched.rate)} payments/s (p50 ${num(batched.p50)} ms, p99 ${num(batched.p99)} ms) · ${batched.errors} errors · ${num(batched.paidCount)} paid · ` +
        `webhook ÷ this: ${round(webhookRate / batched.rate, 2)}`,
    );
  }

  // ── 2. Checkout creation ─────────────────────────────────────────────────────────────────
  const formFor = (i: number, run: string): DonationForm => {
    const monthly = i % 4 === 3;
    const fields: Record<string, string> = { attempt: `bench-${run}-${i}`, frequency: monthly ? "monthly" : "once" };
    if (i % 3 === 0) Object.assign(fields, { gift: "coat", quantity: String(1 + (i % 5)) });
    else if (i % 3 === 1) Object.assign(fields, { gift: "pack", quantity: String(1 + (i % 3)) });
    else Object.assign(fields, { gift: "custom", amount: `${10 + (i % 90)}.50` });
    if (i % 2 === 0) fields.coverFee = "on";
    if (i % 5 === 0) fields.anonymous = "on";
    if (i % 3 === 0) fields.emailConsent = "on";
    if (i % 2 === 1) {
      Object.assign(fields, {
        giftAid: "on",
        title: "Ms",
        firstName: "Ada",
        lastName: `Donor${i}`,
        houseNameOrNumber: String(1 + (i % 200)),
        addressLine: "Harbour Street, Dover",
        postcode: "ct16 1aa",
        giftAidScope: monthly || i % 4 === 1 ? "ENDURING" : "THIS_DONATION",
        giftAidConfirm: "on",
      });
    }
    const parsed = parseDonationForm(fields);
    if (!parsed.ok) throw new Error(`bench form ${i} is invalid: ${JSON.stringify(parsed.fieldErrors)}`);
    return parsed.data;
  };
  const ownWork = testModePayments("http://localhost:3000");
  const checkout = async (payments: Payments, form: DonationForm) => {
    const t = performance.now();
    await startCheckout(db, payments, { form, campaign, siteUrl: "http://localhost:3000" });
    return performance.now() - t;
  };
  // Warm-up, then the two kinds alternately, so both see the same moments of a noisy machine.
  for (let i = 0; i < 30; i++) {
    await checkout(ownWork, formFor(i, "warm-test"));
    await checkout(sdkPayments, formFor(i, "warm-sdk"));
  }
  const local: number[] = [];
  const viaSdk: number[] = [];
  for (let i = 0; i < GIFTS; i++) {
    local.push(await checkout(ownWork, formFor(i, "test")));
    viaSdk.push(await checkout(sdkPayments, formFor(i, "sdk")));
  }
  const created = await db.donation.count({ where: { attemptKey: { not: { startsWith: "bench/" } }, stripeSessionId: { not: null } } });
  const declarations = await db.giftAidDeclaration.count();
  const sessions = fake.sessions.length - 1; // less the webhook template
  const a = percentiles(local);
  const b = percentiles(viaSdk);
  results.push(
    `checkout creation, ${num(GIFTS)} gifts: our work p50 ${ms1(a.p50)} ms, p99 ${ms1(a.p99)} ms · with the SDK to a local fake p50 ${ms1(b.p50)} ms, p99 ${ms1(b.p99)} ms · difference (time in the SDK + fake) p50 ${ms1(b.p50 - a.p50)} ms, p99 ${ms1(b.p99 - a.p99)} ms`,
    `  checked after the run: ${num(created)} donations with a session (expected ${num(2 * (GIFTS + 30))}), ${num(declarations)} Gift Aid declarations (expected ${num(2 * Math.floor((GIFTS + 30) / 2))}), ${num(sessions)} sessions at the fake (expected ${num(GIFTS + 30)})`,
  );
} finally {
  await stopWeb();
  await fake.close();
  await db.$disconnect();
  await server.stop();
}

console.log(`\n${results.join("\n")}`);
process.exit(0);
