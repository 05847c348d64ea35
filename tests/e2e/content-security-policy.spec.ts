import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { addStaff, expectPolicyFitsCaching, query, signIn } from "./support";

// Two script policies (lib/security/headers.ts): pages rendered per request carry a fresh nonce (and
// no 'unsafe-inline'); cached pages, the same bytes for everyone, cannot. proxy.ts decides which
// pages get a nonce from a list of paths, so this holds the list to what the build really does:
// every page route in the build's own manifest is fetched, and a page answered with no-store must
// carry a nonce on every script, while a page a cache may keep must not carry one at all.

const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";

/** Every page route in the build (route handlers, images and feeds are not pages). */
function pageRoutes(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([entry]) => entry.endsWith("/page"))
    .map(([, route]) => route)
    .filter((route) => !route.startsWith("/_"))
    .sort();
}

/** An example value for each dynamic segment. */
async function segmentValues(): Promise<Record<string, string>> {
  const [post] = await query<{ slug: string }>(`SELECT slug FROM "Post" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`);
  return {
    "[id]": "no-such-record",
    "[slug]": post?.slug ?? "",
    "[filter]": "all",
    "[page]": "1",
    "[sessionId]": "cs_test_local_000000000000000000000000",
    "[token]": "not-a-real-token",
    // Coat drives (issue #18): /coat-drives-list/[sort], behind the /coat-drives?sort= rewrite.
    "[sort]": "newest",
    // The coat wall (issue #17): /coat-wall-list/[point]/[page], behind the /coat-wall?point= rewrite.
    "[point]": "all",
    // Every address no other route matches: app/(site)/[...missing], the 404 page.
    "[...missing]": "no-such-page",
  };
}

/** The route's address with each segment filled in; a segment with no example fails the test. */
function concrete(route: string, values: Record<string, string>): string {
  return route.replace(/\[[^\]]+\]/g, (segment) => {
    const value = values[segment];
    if (!value) throw new Error(`${route}: add an example value for ${segment} to this test`);
    return value;
  });
}

function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  return violations;
}

test("every page rendered per request carries a fresh nonce on all its scripts, and no cached page carries one", async ({ request }) => {
  const routes = pageRoutes();
  expect(routes).toEqual(expect.arrayContaining(["/", "/admin", "/donate", "/news/[slug]", "/shared/[token]"]));
  const values = await segmentValues();
  for (const route of routes) {
    const address = concrete(route, values);
    // Twice: a second answer must carry a nonce of its own, not one kept from the first.
    for (const time of ["first", "second"]) {
      await expectPolicyFitsCaching(await request.get(address, { failOnStatusCode: false, maxRedirects: 0 }), `${route} (${address}), ${time} time`);
    }
  }
  // A nonce is never used twice.
  const nonces = await Promise.all(
    [1, 2, 3].map(async () => /'nonce-([^']+)'/.exec((await request.get("/donate")).headers()["content-security-policy"] ?? "")?.[1]),
  );
  expect(new Set(nonces).size).toBe(3);
});

test("pages under the strict policy load, hydrate and work with no violation reported", async ({ page }) => {
  const violations = watchViolations(page);
  // "Use my location" is drawn only by script, once the page has hydrated.
  await page.goto("/donation-points");
  await expect(page.getByRole("button", { name: "Use my location" })).toBeVisible();
  // A per-request page answering 404 still draws its not-found page.
  const missing = await page.goto("/donate/test-checkout/cs_test_no_such_session");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  // Client-side navigation from a strict page to a cached one.
  await page.goto("/donate");
  await page.getByRole("link", { name: "News & stories" }).first().click();
  await expect(page).toHaveURL(/\/news$/);
  // A form answered through its server action (checked before any limit is counted).
  await page.goto("/admin/sign-in");
  await page.getByLabel("Your work email address").fill("not an address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address in the form name@example.org")).toBeVisible();
  expect(violations).toEqual([]);
});

test("the signed-in staff area runs under the strict policy with no violation", async ({ page }) => {
  const email = "csp-admin@example.org";
  await addStaff(email, "ADMIN");
  const violations = watchViolations(page);
  await signIn(page, email);
  for (const address of ["/admin", "/admin/posts", "/admin/posts/new", "/admin/donations", "/admin/appeal", "/admin/staff"]) {
    const response = await page.goto(address);
    expect(response?.headers()["content-security-policy"], address).toMatch(/script-src 'self' 'nonce-[^']+';/);
    await expect(page.locator("main").first()).toBeVisible();
  }
  // A record that isn't there: the not-found page, drawn under the same policy.
  await page.goto("/admin/posts/no-such-post");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  expect(violations).toEqual([]);
});
