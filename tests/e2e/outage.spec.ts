import { expect, test } from "@playwright/test";
import pg from "pg";

// Takes the database away (no new connections, existing ones ended), then brings it back.
// Runs after every other project (playwright.config.ts).
async function setConnections(allow: boolean) {
  const url = new URL(process.env.E2E_DATABASE_URL ?? "");
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${allow ? "true" : "false"}`);
    if (!allow) await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: "serial" });

test.describe("when the database is down", () => {
  test.beforeAll(async ({ request }) => {
    // Make sure these pages are in the cache before the outage.
    for (const path of ["/", "/news", "/news/a-tough-day-in-calais"]) await request.get(path);
    await setConnections(false);
  });
  test.afterAll(async () => {
    await setConnections(true);
  });

  test("the health check answers 503 promptly", async ({ request }) => {
    const started = Date.now();
    const response = await request.get("/api/health");
    expect(response.status()).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("cached public pages are still served: a repeat visit does not need the database", async ({ page }) => {
    for (const path of ["/", "/news", "/news/a-tough-day-in-calais"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A tough day in Calais");
  });

  test("a page that needs the database shows a friendly error, not a hang", async ({ page }) => {
    const response = await page.goto("/news/never-cached-post");
    expect(response?.status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("isn’t available right now");
  });

  test("the site recovers when the database comes back", async ({ request }) => {
    await setConnections(true);
    await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 15_000 }).toBe(200);
  });
});
