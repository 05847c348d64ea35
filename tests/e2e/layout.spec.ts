import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import Stripe from "stripe";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/lib/embedded-postgres";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { TEST_WEBHOOK_SECRET } from "../support/stripe-events";

// The deployment of docs/deploy.md, started by `npm run layout` (scripts/layout.ts) exactly as a
// person would: its own PostgreSQL database, the release step, two web servers from one build, a
// queue worker and nginx in front, the site's address being nginx's. Payments go to the local fake
// of Stripe's API (tests/support/fake-stripe.ts), and Stripe's webhook is a signed event posted as
// Stripe would. Each check makes a change through one server (the browser's posts sent to it, as
// a load balancer might) and reads it through nginx and on the other server: nothing here times
// how fast, it waits generously for the change to show. The layout makes its own build (its
// address differs from the other specs' server), so this project runs last, alone.

const E2E_PORT = Number(process.env.E2E_PORT ?? "3100");
// E2E_PORT + 1 is the fake postcodes.io, + 2 the two-servers spec's second server.
const NGINX_PORT = E2E_PORT + 5;
const ORIGIN = `http://localhost:${NGINX_PORT}`;
const STRIPE_KEY = `sk_test_layout_${crypto.randomBytes(8).toString("hex")}`;
const SLOW = { timeout: 60_000, intervals: [250, 500, 1000] };

let layout: ChildProcess;
let layoutLog = "";
let database: EmbeddedDatabase;
let databaseUrl = "";
let fakeStripe: FakeStripe;
let dir = "";
/** The two web servers' own addresses, as the layout printed them. */
let A = "";
let B = "";
let nginxPrefix = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // A build of its own on a busy two-core machine, then five processes starting.
  test.setTimeout(1_200_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "winter-appeal-layout-"));
  database = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), ephemeral: true });
  databaseUrl = await ensureDatabase(database.serverUrl, "layout");
  fakeStripe = await startFakeStripe({ secretKey: STRIPE_KEY });
  layout = spawn(process.execPath, ["--import", "tsx", "scripts/layout.ts", "--port", String(NGINX_PORT), "--demo-content"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: ".next-layout-test",
      // Named, so a later run on this machine reuses the build (the layout rebuilds for another).
      NEXT_DEPLOYMENT_ID: "layout-e2e-test",
      DATA_DIR: path.join(dir, "data"),
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      STRIPE_API_BASE: fakeStripe.url,
      ADMIN_EMAILS: "admin@example.org",
      POSTCODES_IO_URL: `http://127.0.0.1:${E2E_PORT + 1}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  layout.stdout?.on("data", (chunk: Buffer) => (layoutLog += chunk.toString()));
  layout.stderr?.on("data", (chunk: Buffer) => (layoutLog += chunk.toString()));
  await expect
    .poll(() => (layout.exitCode !== null ? "exited" : /\[layout\] ready: /.test(layoutLog) ? "ready" : "starting"), {
      timeout: 1_140_000,
      intervals: [1000],
      message: `npm run layout gets ready:\n${layoutLog.slice(-6000)}`,
    })
    .toBe("ready");
  const servers = /web servers\s+(\S+), (\S+)/.exec(layoutLog);
  A = servers?.[1] ?? "";
  B = servers?.[2] ?? "";
  nginxPrefix = /config, pid and logs in (\S+)\)/.exec(layoutLog)?.[1] ?? "";
  expect(A, layoutLog.slice(-3000)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(B).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test.afterAll(async () => {
  test.setTimeout(120_000);
  // The layout's parts run in process groups of their own: only its Ctrl-C stops them all. It is
  // sent here when a test failed before the last one sent it (SIGKILL only if it hangs).
  if (layout?.pid && layout.exitCode === null) {
    const exited = new Promise((resolve) => layout.once("exit", resolve));
    process.kill(layout.pid, "SIGINT");
    const timer = setTimeout(() => layout.pid && process.kill(-layout.pid, "SIGKILL"), 60_000);
    await exited;
    clearTimeout(timer);
  }
  await fakeStripe?.close();
  await database?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function query<T extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const text = async (url: string) => (await fetch(url, { headers: { accept: "text/html" } })).text();
const progressOf = async (server: string) => (await (await fetch(`${server}/api/progress`)).json()) as { goal: number; donationCount: number };

/**
 * A browser on the site's address (nginx) whose posts reach `server` only, as a load balancer
 * might send them: same address, and the Host nginx passes on (the site's, port included). Optionally
 * signed in as `cookie`.
 */
async function browsingThrough(browser: Browser, server: string, cookie?: string): Promise<{ page: Page; posted: string[] }> {
  const context = await browser.newContext();
  if (cookie) {
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  }
  const page = await context.newPage();
  const posted: string[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const url = request.url().replace(ORIGIN, server);
    posted.push(url);
    const response = await route.fetch({ url, headers: { ...(await request.allHeaders()), host: new URL(ORIGIN).host } });
    await route.fulfill({ response });
  });
  return { page, posted };
}

/** A member of staff with a live session in the layout's database (as after signing in). */
async function editorSession(): Promise<string> {
  const id = crypto.randomUUID();
  await query(`INSERT INTO "User" (id, email, role, "createdAt", "updatedAt") VALUES ($1, $2, 'EDITOR', now(), now())`, [
    id,
    `layout-editor-${id.slice(0, 8)}@example.org`,
  ]);
  const token = crypto.randomBytes(32).toString("hex");
  await query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "createdAt", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now(), now())`, [
    token,
    id,
  ]);
  return `authjs.session-token=${token}`;
}

test("the layout answers through nginx, in front of both web servers", async () => {
  for (const server of [ORIGIN, A, B]) expect((await fetch(`${server}/api/health`)).status, server).toBe(200);
  const home = await fetch(`${ORIGIN}/`);
  expect(home.status).toBe(200);
  expect(home.headers.get("x-cache-status")).toMatch(/^(MISS|HIT|EXPIRED|UPDATING|STALE)$/);
  // nginx passes the site's own name upstream, whatever the request said: a forged Host gets nothing.
  const forged = await new Promise<string>((resolve) => {
    const request = http.get({ host: "127.0.0.1", port: NGINX_PORT, path: "/", agent: false, headers: { host: "evil.example" } }, (response) => {
      response.resume();
      resolve(`answered ${response.statusCode}`);
    });
    request.on("error", () => resolve("closed"));
  });
  expect(forged).toBe("closed");
});

test("a post published through server A is on /news through nginx and on server B", async ({ browser }) => {
  const title = `One build, two servers ${crypto.randomBytes(3).toString("hex")}`;
  // Both servers and nginx have their own copy of /news before the change.
  for (const server of [ORIGIN, A, B]) expect(await text(`${server}/news`)).not.toContain(title);
  const { page, posted } = await browsingThrough(browser, A, await editorSession());
  await page.goto(`${ORIGIN}/admin/posts/new`);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary, for lists and social cards").fill("Published on one server, read through the other.");
  await page.getByLabel("The post, in Markdown").fill("Written through server A.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  expect(posted.length).toBeGreaterThan(0);
  expect(posted.every((url) => url.startsWith(A))).toBe(true);
  await expect.poll(async () => (await text(`${B}/news`)).includes(title), { ...SLOW, message: "server B's /news shows the post" }).toBe(true);
  await expect.poll(async () => (await text(`${ORIGIN}/news`)).includes(title), { ...SLOW, message: "/news through nginx shows the post" }).toBe(true);
  await page.context().close();
});

test("a gift paid through server A (Stripe's signed webhook) moves the progress on server B and through nginx", async ({ browser }) => {
  const before = await progressOf(B);
  const { page, posted } = await browsingThrough(browser, A);
  // Stripe's hosted page: the fake's session stands for it; the browser never leaves this machine.
  await page.route("https://checkout.stripe.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Stripe Checkout (fake)</title><h1>Stripe Checkout</h1>" }),
  );
  const sessionsBefore = fakeStripe.sessions.length;
  await page.goto(`${ORIGIN}/donate?gift=pack`);
  await page.getByRole("button", { name: "Continue to secure payment" }).click();
  await page.waitForURL(/^https:\/\/checkout\.stripe\.com\//, { timeout: 60_000 });
  expect(posted.length).toBeGreaterThan(0);
  expect(fakeStripe.sessions.length).toBe(sessionsBefore + 1);
  const session = fakeStripe.sessions.at(-1);
  if (!session) throw new Error("no Checkout session was created");
  expect(page.url()).toContain(session.id);

  // The donor pays on Stripe's page; Stripe then posts the signed event to the site's webhook.
  fakeStripe.complete(session.id, { email: `layout-${crypto.randomBytes(3).toString("hex")}@example.org`, name: "Sam Layout" });
  const payload = JSON.stringify(fakeStripe.event("checkout.session.completed", fakeStripe.sessionObject(session.id)), null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: TEST_WEBHOOK_SECRET });
  const delivered = await fetch(`${A}/api/stripe/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
  expect(delivered.status, await delivered.text()).toBe(200);
  const [donation] = await query<{ status: string }>(`SELECT status FROM "Donation" WHERE "stripeSessionId" = $1`, [session.id]);
  expect(donation?.status).toBe("PAID");

  await expect
    .poll(async () => (await progressOf(B)).donationCount, { ...SLOW, message: "server B's progress counts the gift" })
    .toBe(before.donationCount + 1);
  await expect
    .poll(async () => (await progressOf(ORIGIN)).donationCount, { ...SLOW, message: "the progress through nginx counts the gift" })
    .toBe(before.donationCount + 1);
  // The same event again (Stripe retries): counted once.
  const again = await fetch(`${B}/api/stripe/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: TEST_WEBHOOK_SECRET }) },
    body: payload,
  });
  expect(again.status).toBe(200);
  expect((await progressOf(A)).donationCount).toBe(before.donationCount + 1);
  await page.context().close();
});

test("a sign-in link made by server A signs in through server B", async ({ browser }) => {
  const email = `layout-signin-${crypto.randomBytes(3).toString("hex")}@example.org`;
  await query(`INSERT INTO "User" (id, email, role, "createdAt", "updatedAt") VALUES ($1, $2, 'EDITOR', now(), now())`, [crypto.randomUUID(), email]);
  const asking = await browsingThrough(browser, A);
  await asking.page.goto(`${ORIGIN}/admin/sign-in`);
  await asking.page.getByLabel("Your work email address").fill(email);
  await asking.page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(asking.page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect(asking.posted.every((url) => url.startsWith(A))).toBe(true);
  await asking.page.context().close();

  // The queue worker sends it (to the outbox every process shares): the link names the site's address.
  const outbox = path.join(dir, "data", "outbox");
  const linkIn = () => {
    const files = fs.existsSync(outbox) ? fs.readdirSync(outbox) : [];
    for (const file of files) {
      const raw = fs.readFileSync(path.join(outbox, file), "utf8");
      if (!raw.includes(email)) continue;
      const decoded = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      const link = /https?:\/\/[^\s"<>]+\/api\/auth\/callback\/email\?[^\s"<>]+/.exec(decoded)?.[0];
      if (link) return link.replace(/&amp;/g, "&");
    }
    return null;
  };
  await expect.poll(linkIn, { ...SLOW, message: "the worker wrote the sign-in email" }).not.toBeNull();
  const link = linkIn() ?? "";
  expect(link.startsWith(`${ORIGIN}/`)).toBe(true);

  // The click reaches server B.
  const context = await browser.newContext();
  const page = await context.newPage();
  const viaB: string[] = [];
  await page.route(`${ORIGIN}/api/auth/callback/**`, async (route) => {
    const url = route.request().url().replace(ORIGIN, B);
    viaB.push(url);
    const response = await route.fetch({ url, headers: { ...(await route.request().allHeaders()), host: new URL(ORIGIN).host }, maxRedirects: 0 });
    await route.fulfill({ response });
  });
  await page.goto(link);
  await expect(page).toHaveURL(`${ORIGIN}/admin`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(viaB).toHaveLength(1);
  await context.close();
});

test("nginx shared the requests between both servers, and Ctrl-C stops every part", async () => {
  const accessLog = fs.readFileSync(path.join(nginxPrefix, "access.log"), "utf8");
  for (const server of [A, B]) expect(accessLog, `nginx sent requests to ${server}`).toContain(`upstream=${new URL(server).host}`);

  const exited = new Promise<number | null>((resolve) => layout.once("exit", (code) => resolve(code)));
  process.kill(layout.pid ?? 0, "SIGINT");
  expect(await exited).toBe(0);
  expect(layoutLog).toContain("[layout] stopped");
  for (const server of [ORIGIN, A, B]) {
    expect(
      await fetch(`${server}/api/health`).then(
        () => "answered",
        () => "closed",
      ),
      server,
    ).toBe("closed");
  }
  expect(fs.existsSync(nginxPrefix)).toBe(false);
});
