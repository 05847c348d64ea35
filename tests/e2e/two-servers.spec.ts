import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { contextFrom, freshAddress } from "./client-address";
import { addStaff, linkFromOutbox, outboxFor, query } from "./support";
import { staffWithSession, type TestStaff } from "./staff-sessions";

// Two servers from the same build on the same database, as behind a load balancer: A is the
// server every other spec uses, B a second one this file starts. What staff change through one,
// and what a paid donation changes through one, must show on the other (lib/cache/shared-tags.mjs);
// a form rendered by one must work when posted to the other.
//
// Each check watches the other server while the change is made, and then compares with when the
// change's cache tag was invalidated (the CacheTag row, written with the content): no answer to a
// request begun more than SHOWN_WITHIN_MS after that may be the old one, and it prints how soon
// the new one came. The target, within a second, is a speed: `npm run bench:cache-tags` measures
// it against the floor (docs/performance.md), and this allows far more, so a busy machine passes.
// Runs in its own project after the other writers (playwright.config.ts): it publishes a post
// and changes the appeal.

const A = `http://localhost:${process.env.E2E_PORT ?? "3100"}`;
const B = `http://localhost:${Number(process.env.E2E_PORT ?? "3100") + 2}`;
const SHOWN_WITHIN_MS = 15_000;

let serverB: ChildProcess;
let serverBLog = "";

// In order, in one worker; a failure does not skip the tests after it.
test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // The same entry and settings as playwright.config.ts gives A, on the next free port.
  serverB = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/serve.ts", "-p", new URL(B).port], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: A,
      DATA_DIR: process.env.E2E_DATA_DIR ?? "",
      AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "",
      ADMIN_EMAILS: "admin@example.org",
      POSTCODES_IO_URL: `http://127.0.0.1:${Number(new URL(A).port) + 1}`,
      TRUSTED_PROXY_HOPS: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  serverB.stdout?.on("data", (chunk: Buffer) => (serverBLog += chunk.toString()));
  serverB.stderr?.on("data", (chunk: Buffer) => (serverBLog += chunk.toString()));
  await expect
    .poll(async () => (await fetch(`${B}/api/health`).catch(() => null))?.status ?? 0, { timeout: 90_000, message: `server B starts:\n${serverBLog}` })
    .toBe(200);
});

test.afterAll(async () => {
  if (!serverB || serverB.exitCode !== null) return;
  const exited = new Promise((resolve) => serverB.once("exit", resolve));
  serverB.kill("SIGTERM");
  await exited;
});

/** When a request to the watched server began and ended, and whether its answer was the new one. */
type Sample = { at: number; done: number; fresh: boolean };

/**
 * Watches `server` with `isFresh` while `change` runs, until an answer is fresh; then checks it
 * against when `tag` was last invalidated. Returns the measured delay.
 */
async function expectVisibleWithin(what: string, tag: string, watch: () => Promise<boolean>, change: () => Promise<void>) {
  expect(await watch(), `${what}: not already showing before the change`).toBe(false);
  const samples: Sample[] = [];
  let changed = false;
  const watching = (async () => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const at = Date.now();
      const fresh = await watch();
      samples.push({ at, done: Date.now(), fresh });
      if (fresh && changed) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const before = Date.now();
  await change();
  changed = true;
  await watching;
  const [row] = await query<{ ago: number }>(
    `SELECT (extract(epoch FROM clock_timestamp() - "updatedAt"::timestamptz) * 1000)::float8 AS ago FROM "CacheTag" WHERE tag = $1`,
    [tag],
  );
  expect(row, `${what}: the change invalidated ${tag}`).toBeDefined();
  const invalidatedAt = Date.now() - Number(row?.ago);
  expect(invalidatedAt, `${what}: invalidated by this change`).toBeGreaterThan(before - 50);
  const firstFresh = samples.find((s) => s.fresh);
  expect(firstFresh, `${what}: shown on the other server`).toBeDefined();
  const staleLate = samples.filter((s) => !s.fresh && s.at > invalidatedAt + SHOWN_WITHIN_MS);
  expect(
    staleLate.map((s) => s.at - invalidatedAt),
    `${what}: old answers to requests begun over ${SHOWN_WITHIN_MS} ms after the invalidation`,
  ).toEqual([]);
  const lastStale = samples.filter((s) => !s.fresh).at(-1);
  // Visible at the latest when the first new answer arrived; the old one was still served to a
  // request begun at the last old answer's start.
  const ms = (t: number | undefined) => (t === undefined ? "-" : `${Math.round(t - invalidatedAt)} ms`);
  console.log(
    `[two-servers] ${what}: after the invalidation, last old answer to a request begun at ${ms(lastStale?.at)}; first new answer received at ${ms(firstFresh?.done)}`,
  );
}

const text = async (url: string) => (await fetch(url, { headers: { accept: "text/html" } })).text();
const progressOf = async (server: string) => (await (await fetch(`${server}/api/progress`)).json()) as { goal: number; donationCount: number };

async function staffPage(browser: Browser, staff: TestStaff): Promise<Page> {
  const context = await browser.newContext({ baseURL: A });
  const [name, value] = staff.cookie.split("=") as [string, string];
  // Cookies belong to a host, not a port: the session works on A and B alike.
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

test("a post published on A is on B's /news", async ({ browser }) => {
  const editor = await staffPage(browser, await staffWithSession("editor", "two-servers-posts"));
  const title = `Two servers, one story ${crypto.randomBytes(3).toString("hex")}`;
  // B has its own copy of /news in memory before the change.
  expect(await text(`${B}/news`)).toContain("<h1");
  await editor.goto("/admin/posts/new");
  await editor.getByLabel("Title", { exact: true }).fill(title);
  await editor.getByLabel("Summary, for lists and social cards").fill("Written on one server, read on the other.");
  await editor.getByLabel("The post, in Markdown").fill("Both servers show this at once.");
  await expectVisibleWithin(
    "publish → B /news",
    "posts",
    async () => (await text(`${B}/news`)).includes(title),
    async () => {
      await editor.getByRole("button", { name: "Publish now" }).click();
      await expect(editor.getByText("Published.")).toBeVisible();
    },
  );
  await editor.context().close();
});

test("the goal and the price of a coat changed on A are on B", async ({ browser }) => {
  const admin = await staffPage(browser, await staffWithSession("admin", "two-servers-appeal"));
  const { goal } = await progressOf(B);
  await admin.goto("/admin/appeal/goal");
  await admin.getByLabel("Goal, in coats").fill(String(goal + 7));
  await expectVisibleWithin(
    "goal → B /api/progress",
    "progress",
    async () => (await progressOf(B)).goal === goal + 7,
    async () => {
      await admin.getByRole("button", { name: "Save the goal and prices" }).click();
      await expect(admin.getByRole("main").getByRole("status")).toContainText(`Saved: the goal is now ${(goal + 7).toLocaleString("en-GB")} coats`);
    },
  );

  const price = admin.getByLabel("Price of a coat, in pounds");
  const was = Number(await price.inputValue());
  expect(was).toBeGreaterThan(0);
  // £26, not £260 or £26,450.
  const pounds = (n: number) => new RegExp(`£${n}(?![0-9]|[.,][0-9])`);
  expect(await text(`${B}/`)).toMatch(pounds(was));
  await price.fill(String(was + 1));
  await expectVisibleWithin(
    "price → B /",
    "campaign",
    async () => pounds(was + 1).test(await text(`${B}/`)),
    async () => {
      await admin.getByRole("button", { name: "Save the goal and prices" }).click();
      await expect(admin.getByRole("main").getByRole("status")).toContainText(`a coat now costs £${was + 1}`);
    },
  );
  // Back as they were, for the specs after this one.
  await admin.getByLabel("Goal, in coats").fill(String(goal));
  await price.fill(String(was));
  await admin.getByRole("button", { name: "Save the goal and prices" }).click();
  await expect(admin.getByRole("main").getByRole("status")).toContainText(`Saved: the goal is now ${goal.toLocaleString("en-GB")} coats`);
  await expect(admin.getByRole("main").getByRole("status")).toContainText(`a coat now costs £${was}`);
  await admin.context().close();
});

test("a donation paid through A moves B's progress", async ({ page }) => {
  const { donationCount } = await progressOf(B);
  await page.goto("/donate?gift=pack");
  await page.getByRole("button", { name: "Continue to secure payment" }).click();
  await expect(page).toHaveURL(/\/donate\/test-checkout\//);
  await page.getByLabel("Email for your receipt").fill(`two-servers-${crypto.randomBytes(3).toString("hex")}@example.org`);
  await page.getByLabel("Name on the card").fill("Sam Twoservers");
  await expectVisibleWithin(
    "paid donation (webhook on A) → B /api/progress",
    "progress",
    async () => (await progressOf(B)).donationCount > donationCount,
    async () => {
      await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
      await expect(page).toHaveURL(/\/donate\/thank-you/);
    },
  );
});

test("a form rendered by A and posted to B works, and B's change is on A", async ({ browser }) => {
  const editor = await staffPage(browser, await staffWithSession("editor", "two-servers-points"));
  const [point] = await query<{ id: string; name: string; status: string }>(
    `SELECT id, name, status FROM "DonationPoint" WHERE name = 'Pencester Road Community Hall'`,
  );
  expect(point?.status).toBe("ACCEPTING");
  const badgeOnA = async () => /Pencester Road Community Hall<\/h3>\s*(?:<\/div>\s*)?<span[^>]*>([^<]+)<\/span>/.exec(await text(`${A}/donation-points`))?.[1];
  expect(await badgeOnA()).toBe("Accepting coats");

  await editor.goto(`/admin/donation-points/${point?.id}`);
  // The load balancer sends this post to B: same address and Host, other server.
  const postedToB: string[] = [];
  await editor.route(`${A}/**`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const url = request.url().replace(A, B);
    postedToB.push(url);
    const response = await route.fetch({ url, headers: { ...(await request.allHeaders()), host: new URL(A).host } });
    await route.fulfill({ response });
  });
  await expectVisibleWithin(
    "status form from A posted to B → A /donation-points",
    "donation-points",
    async () => (await badgeOnA()) === "Full for now",
    async () => {
      await editor.getByRole("button", { name: "Mark as full for now" }).click();
      await expect(editor.getByRole("status").filter({ hasText: "Marked as full for now." })).toBeVisible();
    },
  );
  expect(postedToB.length).toBeGreaterThan(0);
  // And back, through B again.
  await editor.getByRole("button", { name: "Mark as accepting coats" }).click();
  await expect(editor.getByRole("status").filter({ hasText: /accepting/i })).toBeVisible();
  await expect.poll(badgeOnA).toBe("Accepting coats");
  await editor.context().close();
});

test("a sign-in link emailed by A signs in through B", async ({ browser, page }) => {
  const email = `two-servers-${crypto.randomBytes(3).toString("hex")}@example.org`;
  await addStaff(email, "EDITOR");
  const desk = await contextFrom(browser, freshAddress());
  try {
    const asking = await desk.newPage();
    await asking.goto(`${A}/admin/sign-in`);
    await asking.getByLabel("Your work email address").fill(email);
    await asking.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(asking.getByRole("heading", { name: "Check your email" })).toBeVisible();
  } finally {
    await desk.close();
  }
  await expect.poll(async () => (await outboxFor(email)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const link = await linkFromOutbox(email, /https?:\/\/[^\s"<>]+\/api\/auth\/callback\/email\?[^\s"<>]+/);
  // The load balancer sends the click to B.
  const viaB: string[] = [];
  await page.route("**/api/auth/callback/**", async (route) => {
    const url = route.request().url().replace(A, B);
    viaB.push(url);
    const response = await route.fetch({ url, headers: { ...(await route.request().allHeaders()), host: new URL(A).host }, maxRedirects: 0 });
    await route.fulfill({ response });
  });
  await page.goto(link);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(viaB).toHaveLength(1);
});
