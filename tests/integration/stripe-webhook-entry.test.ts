// Stripe's webhook answered by the server entry itself (lib/http/stripe-webhook.ts), as
// scripts/serve.ts runs it: on a real socket, behind prepareIncoming(), against this file's own
// database, with the site's real wiring (the webhook's lanes, pg-boss, the shared cache tags).
// A stand-in for Next.js answers whatever the entry hands on, so each test sees who answered.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/env.ts parses process.env when first imported: this file's database, the webhook secret and
// a throwaway data folder, before any module that reads them is loaded.
const { dataDir, databaseName } = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { inject } = await import("vitest");
  const { testDatabaseName } = await import("../support/test-database");
  const { TEST_WEBHOOK_SECRET } = await import("../support/stripe-events");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stripe-webhook-entry-"));
  const name = testDatabaseName();
  vi.stubEnv("DATA_DIR", dir);
  vi.stubEnv("DATABASE_URL", `${inject("pgServerUrl")}/${name}`);
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", TEST_WEBHOOK_SECRET);
  vi.stubEnv("QUEUE_WORKER", "separate");
  return { dataDir: dir, databaseName: name };
});

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type Stripe from "stripe";
import { sharedTags } from "@/lib/cache/shared-tags.mjs";
import { tags } from "@/lib/cache/tags";
import type { RunInTransaction } from "@/lib/donations/webhook/webhook-transaction";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { STAFF_BODY_LIMIT } from "@/lib/http/body-limits";
import { prepareIncoming } from "@/lib/http/incoming-request";
import { configuredHeaders, stripeWebhookAnswerer, STRIPE_WEBHOOK_PATH } from "@/lib/http/stripe-webhook";
import { startedBoss } from "@/lib/queue/site-boss";
import { queues } from "@/lib/queue/jobs";
import { checkoutEvent, checkoutSession, customer, customerCreatedEvent, signedDelivery, stripeId } from "../support/stripe-events";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createPendingDonation, gift, seedCampaign, type SeededCampaign } from "./donations/fixtures";

// The routes manifest's header rules as a build writes them (next.config.ts's headers(), compiled).
const manifestHeaders = [
  { source: "/:path*", regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
  { source: "/:path*", regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$", headers: [{ key: "Content-Security-Policy", value: "default-src 'self'" }] },
  {
    source: "/api/:path*",
    regex: "^/api(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
    headers: [{ key: "Content-Security-Policy", value: "default-src 'none'" }],
  },
  { source: "/embed/:path*", regex: "^/embed(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$", headers: [{ key: "X-Frame-Options", value: "ALLOWALL" }] },
];

let t: TestDatabase;
let campaign: SeededCampaign;
let server: http.Server;
let port: number;

beforeAll(async () => {
  t = await createTestDatabase({ name: databaseName });
  campaign = await seedCampaign(t);
  const distDir = path.join(dataDir, "build");
  fs.mkdirSync(distDir);
  fs.writeFileSync(path.join(distDir, "routes-manifest.json"), JSON.stringify({ version: 3, headers: manifestHeaders }));
  const answer = stripeWebhookAnswerer(distDir);
  server = http.createServer((req, res) => {
    if (!prepareIncoming(req, res, 0)) return;
    if (answer(req, res)) return;
    // The stand-in for Next.js: it reads the body and says it was handed the request.
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/plain", "x-answered-by": "next" }).end("next"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  const transactions = (globalThis as { webhookTransactions?: RunInTransaction & { close?: () => Promise<void> } }).webhookTransactions;
  await transactions?.close?.();
  await (await startedBoss())?.stop({ graceful: false });
  await sharedTags().close();
  await t?.drop().catch(() => undefined); // a connection of pg-boss's may still be closing
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

function send(options: { method?: string; path?: string; headers?: http.OutgoingHttpHeaders; body?: string | "chunked" }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method: options.method ?? "POST", path: options.path ?? STRIPE_WEBHOOK_PATH, headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    // A refused body is not read: the server may close while this side still writes.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (options.body === "chunked") {
      request.write("{");
      request.end("}");
    } else request.end(options.body);
  });
}

/** Posts `event` signed as Stripe signs it (or with the signature given). */
function post(event: Stripe.Event, options: { signature?: string; path?: string; contentType?: string } = {}) {
  const delivery = signedDelivery(event);
  return send({
    path: options.path,
    headers: { "content-type": options.contentType ?? "application/json; charset=utf-8", "stripe-signature": options.signature ?? delivery.signature },
    body: delivery.body,
  });
}

async function pendingPaidEvent() {
  const pending = await createPendingDonation(t.db, campaign.id, gift(campaign, DonationKind.COAT, 1));
  const session = checkoutSession({
    id: pending.sessionId,
    donationId: pending.id,
    mode: "payment",
    amountTotal: pending.amountPence + pending.feePence,
    paymentIntent: stripeId("pi_"),
    customerEmail: pending.donorEmail,
    email: pending.donorEmail,
    name: "Ada Lovelace",
  });
  return { pending, event: checkoutEvent("checkout.session.completed", session) };
}

const progressVersion = async () =>
  (await t.db.$queryRawUnsafe<{ version: bigint }[]>(`SELECT "version" FROM "CacheTag" WHERE "tag" = $1`, tags.progress))[0]?.version ?? 0n;

const receiptJobs = (donationId: string) =>
  t.db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->>'donationId' = $2`,
    queues.donationReceipt,
    donationId,
  );

describe("the Stripe webhook, answered by the server entry", () => {
  it("applies a paid event once, queues its receipt, expires the progress tag for every server, and answers as the route does", async () => {
    const { pending, event } = await pendingPaidEvent();
    const before = await progressVersion();

    const first = await post(event);
    expect(first.status).toBe(200);
    expect(first.headers["x-answered-by"]).toBeUndefined();
    expect(JSON.parse(first.text)).toEqual({ received: true, outcome: "applied" });
    expect(first.headers["content-type"]).toBe("application/json");
    expect(first.headers["cache-control"]).toBe("no-store, no-transform");
    // The build's header rules for the path, a later rule's value winning, as Next sends them.
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    expect(first.headers["content-security-policy"]).toBe("default-src 'none'");
    expect(first.headers["x-frame-options"]).toBeUndefined();

    const donation = await t.db.donation.findUniqueOrThrow({ where: { id: pending.id } });
    expect(donation.status).toBe(DonationStatus.PAID);
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(1);
    expect((await receiptJobs(pending.id))[0]?.n).toBe(1n);
    // Written to the table every server reads (and notified), before the answer.
    expect(await progressVersion()).toBeGreaterThan(before);

    // Delivered again (Stripe retries): acknowledged, nothing written twice.
    const again = await post(event);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.text)).toEqual({ received: true, outcome: "duplicate" });
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(1);
    expect((await receiptJobs(pending.id))[0]?.n).toBe(1n);
  });

  it("applies each of many events once when each is delivered three times, concurrently and out of order", async () => {
    const paid = await Promise.all(Array.from({ length: 40 }, () => pendingPaidEvent()));
    const deliveries = paid.flatMap(({ event }) => [event, event, event]);
    // A fixed shuffle (no randomness in a test): every seventh delivery, round and round.
    const order = deliveries.map((_, i) => (i * 7) % deliveries.length);
    expect(new Set(order).size).toBe(deliveries.length);
    const answers = await Promise.all(order.map((i) => post(deliveries[i] as Stripe.Event)));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const outcomes = answers.map((a) => (JSON.parse(a.text) as { outcome: string }).outcome);
    expect(outcomes.filter((o) => o === "applied")).toHaveLength(paid.length);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(2 * paid.length);
    for (const { pending, event } of paid) {
      expect((await t.db.donation.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe(DonationStatus.PAID);
      expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(1);
      expect((await receiptJobs(pending.id))[0]?.n).toBe(1n);
    }
  });

  it("refuses a bad signature (400) and an event of another API version (422), writing nothing", async () => {
    const { pending, event } = await pendingPaidEvent();
    const forged = await post(event, { signature: "t=1,v1=00" });
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.text)).toEqual({ received: false, error: "invalid signature" });
    const unsigned = await send({ headers: { "content-type": "application/json" }, body: JSON.stringify(event) });
    expect(unsigned.status).toBe(400);

    const older = await post({ ...event, api_version: "2020-08-27" });
    expect(older.status).toBe(422);
    expect(JSON.parse(older.text)).toEqual({ received: false, error: "unsupported API version" });

    expect((await t.db.donation.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe(DonationStatus.PENDING);
    expect(await t.db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
  });

  it("acknowledges an event it does not handle, and takes the path with a query string", async () => {
    const answer = await post(customerCreatedEvent(customer({ email: "someone@example.org" })), { path: `${STRIPE_WEBHOOK_PATH}?attempt=2` });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ received: true, outcome: "ignored" });
  });

  it("still refuses an oversized body (413) or one of unsaid length (411) before reading it", async () => {
    const big = await send({ headers: { "content-type": "application/json", "content-length": String(STAFF_BODY_LIMIT + 1) }, body: "" });
    expect(big.status).toBe(413);
    const chunked = await send({ headers: { "content-type": "application/json" }, body: "chunked" });
    expect(chunked.status).toBe(411);
  });

  it("hands Next.js every other method, path and form post, as before", async () => {
    const event = customerCreatedEvent(customer({ email: "someone@example.org" }));
    for (const method of ["GET", "HEAD", "OPTIONS", "PUT"]) {
      expect((await send({ method })).headers["x-answered-by"], method).toBe("next");
    }
    expect((await post(event, { path: `${STRIPE_WEBHOOK_PATH}/` })).headers["x-answered-by"]).toBe("next");
    expect((await post(event, { path: `${STRIPE_WEBHOOK_PATH}x` })).headers["x-answered-by"]).toBe("next");
    expect((await post(event, { path: "/api/resend/webhook" })).headers["x-answered-by"]).toBe("next");
    // proxy.ts's per-connection limits look at form posts, wherever they go: Next's to answer.
    expect((await post(event, { contentType: "multipart/form-data; boundary=x" })).headers["x-answered-by"]).toBe("next");
  });
});

describe("the headers the build gives a path", () => {
  it("are the matching rules' headers in order, and a rule that depends on the request is refused", () => {
    expect(configuredHeaders(manifestHeaders, "/embed/progress")).toEqual({
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'self'",
      "x-frame-options": "ALLOWALL",
    });
    const conditional = [{ ...manifestHeaders[2]!, has: [{ type: "header", key: "x-a" }] }];
    expect(() => configuredHeaders(conditional, STRIPE_WEBHOOK_PATH)).toThrow(/request conditions/);
    expect(configuredHeaders(conditional, "/news")).toEqual({});
  });
});
