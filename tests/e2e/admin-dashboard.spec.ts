import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { staffWithSession, type StaffKind } from "./staff-sessions";
import { expectAccessible, query } from "./support";

// The staff dashboard, the navigation on every staff page, donation search, and the 403 an editor
// gets on an admin's page. Adds donations and staff of its own, so it runs in the "staff" project
// after the read-only tests. The totals themselves are checked against a known set in
// tests/integration/dashboard.test.ts; here, what each role is shown.

const run = Date.now().toString(36);
const donor = `Dashfinder ${run}`;
const dist = path.resolve(process.env.NEXT_DIST_DIR ?? ".next-test");

async function staffPage(browser: Browser, kind: StaffKind, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const staff = await staffWithSession(kind, `dashboard-${run}`);
  const context = await browser.newContext({ viewport });
  const [name, value] = staff.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

// Each worker that runs a test of this file runs this once: the rows are written once, whoever is first.
test.beforeAll(async () => {
  // A paid live coat gift, a live pack gift refunded in part, and a checkout the donor never finished.
  const gift = (suffix: string, status: string, kind: string, amount: number, refunded = 0) =>
    query(
      `INSERT INTO "Donation" (id, "campaignId", kind, quantity, "amountPence", "refundedPence", status, "paidAt", "attemptKey", "updatedAt", livemode, "donorName", "donorEmail", "stripeSessionId")
       VALUES ($1, (SELECT id FROM "Campaign" LIMIT 1), $2::"DonationKind", 1, $3, $4, $5::"DonationStatus", CASE WHEN $5 = 'PAID' THEN now() END, $1, now(), true, $6, $7, $8)
       ON CONFLICT (id) DO NOTHING`,
      [`dash-${suffix}-${run}`, kind, amount, refunded, status, donor, `dash.${run}@example.org`, `cs_test_dash_${suffix}_${run}`],
    );
  await gift("coat", "PAID", "COAT", 2500);
  await gift("pack", "PAID", "PACK", 1300, 300);
  await gift("pending", "PENDING", "COAT", 5000);
});

test.describe("the staff dashboard", () => {
  test("an admin sees the money, the people, and the appeal by day as a chart with its table", async ({ browser }) => {
    const page = await staffPage(browser, "admin");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Staff area" });
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Donations" })).toBeVisible();

    const money = page.getByRole("region", { name: "Money and people" });
    for (const label of [
      "Raised",
      "Gifts this week",
      "Coats bought with money",
      "Gift Aid unclaimed",
      "Monthly donors",
      "New volunteers",
      "Confirmed subscribers",
    ]) {
      await expect(money.getByRole("link", { name: new RegExp(`^${label}`) })).toBeVisible();
    }
    await expect(money.getByRole("link", { name: /^Raised/ })).toHaveAttribute("href", "/admin/donations?status=PAID&mode=live");
    await expect(money.getByRole("link", { name: /^Raised/ })).toContainText("Gift Aid");

    // The chart is a picture only; its figures are in the table beside it, today's row among them.
    const chart = page.getByRole("figure", { name: /The appeal by day/ });
    await expect(chart.locator("svg")).toHaveAttribute("aria-hidden", "true");
    const table = chart.getByRole("table", { name: "Money raised and coats, by day" });
    await expect(table.getByRole("columnheader")).toHaveText(["Day", "Raised", "Coats bought", "Coats handed in"]);
    await expect(table.getByRole("row").nth(1).getByRole("rowheader")).toHaveText(
      new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "Europe/London" }).format(new Date()),
    );
    // Today's figures include this file's gifts: £25 and £13 less £3 refunded.
    const today = table.getByRole("row").nth(1).getByRole("cell").first();
    expect(Number((await today.innerText()).replace(/[£,]/g, ""))).toBeGreaterThanOrEqual(35);
    await expect(table.getByRole("row", { name: /All days/ })).toBeVisible();
    await expectAccessible(page);

    // The totals link to their lists.
    await money.getByRole("link", { name: /^Raised/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Donations" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Donations" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText(/donations? match: /)).toContainText(/in all, of which £[\d,.]+ paid \(less refunds\)/);
    await page.context().close();
  });

  test("an editor sees their own work and no money, and only the sections they may use", async ({ browser }) => {
    const page = await staffPage(browser, "editor");
    await page.goto("/admin");
    const main = page.getByRole("main");
    await expect(main.getByRole("region", { name: "Your work" }).getByRole("link")).toHaveCount(3);
    await expect(main.getByRole("region", { name: "Money and people" })).toHaveCount(0);
    await expect(main).not.toContainText("£");
    await expect(main).not.toContainText("Raised");
    await expect(main.getByRole("table", { name: "Coats handed in, by day" }).getByRole("columnheader")).toHaveText(["Day", "Coats handed in"]);
    const nav = page.getByRole("navigation", { name: "Staff area" });
    await expect(nav.getByRole("link")).toHaveText(["Overview", "Posts", "The appeal", "Drop-off points", "Site pages", "Coat wall"]);
    await expectAccessible(page);
    await page.context().close();
  });

  test("on a 390 px phone the menu and the dashboard fit the screen, and every link is reachable by keyboard", async ({ browser }) => {
    const page = await staffPage(browser, "admin", { width: 390, height: 844 });
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const links = page.getByRole("navigation", { name: "Staff area" }).getByRole("link");
    await expect(links).toHaveCount(14);
    for (const link of await links.all()) await expect(link).toBeInViewport();
    // Tab from the sign-out button reaches the menu's links in order.
    await page.getByRole("button", { name: "Sign out" }).focus();
    await page.keyboard.press("Tab"); // View the site
    await page.keyboard.press("Tab");
    await expect(links.first()).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(links.nth(1)).toBeFocused();
    await expectAccessible(page);
    if (process.env.DASHBOARD_SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/dashboard-phone.png", fullPage: true });
    await page.context().close();
    if (process.env.DASHBOARD_SCREENSHOTS) {
      const desktop = await staffPage(browser, "admin", { width: 1280, height: 900 });
      await desktop.goto("/admin");
      await expect(desktop.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
      await desktop.screenshot({ path: "docs/screenshots/dashboard-desktop.png", fullPage: true });
      await desktop.context().close();
    }
  });
});

test.describe("admins' pages", () => {
  /** The staff menu's addresses as a member of staff sees them. */
  async function menuFor(request: APIRequestContext, cookie: string): Promise<string[]> {
    const html = await (await request.get("/admin", { headers: { Cookie: cookie }, maxRedirects: 0 })).text();
    const nav = /<nav aria-label="Staff area"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
    return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
  }

  test("every page and route in an admins' section answers an editor 403 with a page saying why, and an admin 200", async ({ request, browser }) => {
    test.slow(); // every admins' address, twice, on a shared machine
    const editor = await staffWithSession("editor", `dashboard-403-${run}`);
    const admin = await staffWithSession("admin", `dashboard-403-${run}`);
    // The admins' sections: in an admin's menu and not in an editor's (lib/staff/sections.ts).
    const editorsMenu = await menuFor(request, editor.cookie);
    const sections = (await menuFor(request, admin.cookie)).filter((href) => !editorsMenu.includes(href));
    expect(sections.sort()).toEqual([
      "/admin/audit",
      "/admin/coat-drives",
      "/admin/donations",
      "/admin/gift-aid",
      "/admin/newsletters",
      "/admin/staff",
      "/admin/subscribers",
      "/admin/volunteers",
    ]);

    // Every page and route handler of those sections in the build under test, a record's id filled
    // in with a real one, so a page added later is covered without editing this list.
    const [newsletter] = await query<{ id: string }>(`SELECT id FROM "Newsletter" ORDER BY "createdAt" LIMIT 1`);
    const [volunteer] = await query<{ id: string }>(`SELECT id FROM "VolunteerApplication" ORDER BY "createdAt" LIMIT 1`);
    const ids: Record<string, string | undefined> = {
      "/admin/donations/[id]": `dash-coat-${run}`,
      "/admin/staff/[id]": admin.id,
      "/admin/newsletters/[id]": newsletter?.id,
      "/admin/volunteers/[id]": volunteer?.id,
      "/admin/gift-aid/claims/[id]": "no-such-claim",
    };
    const built = Object.keys(JSON.parse(fs.readFileSync(path.join(dist, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>)
      .filter((p) => /\/(page|route)$/.test(p))
      .map((p) => ({ pattern: p.replace(/\/(page|route)$/, ""), route: p.endsWith("/route") }))
      .filter(({ pattern }) => sections.some((s) => pattern === s || pattern.startsWith(`${s}/`)));
    expect(built.length).toBeGreaterThanOrEqual(15);

    const searches = ["?q=dash&status=PAID", "?page=2", "?action=post.publish"];
    for (const { pattern, route } of built) {
      // A record page with no record in this database yet: the editor is refused all the same
      // (before any lookup), and the admin gets the door's 404.
      const aboutRecord = /\[[^\]]+\]/.test(pattern);
      const id = aboutRecord ? ids[pattern.replace(/\[[^\]]+\]/, "[id]")] : "";
      const address = pattern.replace(/\[[^\]]+\]/, id ?? `missing-${run}`);
      // Pages that read the query string answer the same with one (they used to answer 200).
      for (const path of [address, ...(route ? [] : searches.map((q) => `${address}${q}`))]) {
        const refused = await request.get(path, { headers: { Cookie: editor.cookie }, maxRedirects: 0 });
        expect(refused.status(), path).toBe(403);
        expect(refused.headers()["cache-control"], path).toContain("no-store");
        expect(refused.headers()["content-type"], path).toContain("text/html");
        const html = await refused.text();
        expect(html, path).toContain("<h1>Admins only</h1>");
        expect(html, path).toMatch(/Only admins can /);
        expect(html, path).not.toContain(donor);
      }
      // Route handlers answer admins for themselves (a CSV, or 404 for an unknown claim).
      if (route) continue;
      const allowed = await request.get(address, { headers: { Cookie: admin.cookie }, maxRedirects: 0 });
      expect(allowed.status(), address).toBe(id === undefined ? 404 : 200);
      expect(await allowed.text(), address).not.toContain("Admins only");
    }
    // Editors' own pages answer them as before.
    for (const path of ["/admin", "/admin/posts", "/admin/posts/new", "/admin/appeal", "/admin/donation-points", "/admin/donation-points/new"]) {
      expect((await request.get(path, { headers: { Cookie: editor.cookie }, maxRedirects: 0 })).status(), path).toBe(200);
    }

    // What the editor sees: the reason and the way back, readable and accessible.
    const context = await browser.newContext();
    const [name, value] = editor.cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    const response = await page.goto("/admin/donations?q=dash");
    expect(response?.status()).toBe(403);
    await expect(page).toHaveTitle("Admins only");
    await expect(page.getByRole("heading", { level: 1, name: "Admins only" })).toBeVisible();
    await expect(page.getByText("Only admins can see donations.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Back to the staff area" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await context.close();
  });
});

test.describe("donation search", () => {
  test("finds a donor by name, email or reference, hides unfinished checkouts unless asked, totals the rows, and downloads the same rows", async ({
    browser,
  }) => {
    const page = await staffPage(browser, "admin");
    await page.goto("/admin/donations");
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill(donor.toUpperCase());
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`q=DASHFINDER`));
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(page.getByText(/2 donations match/)).toContainText("£38 in all, of which £35 paid (less refunds). 1 unfinished checkout is hidden.");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Show it too" }).click();
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole("row").filter({ hasText: "Pending (unfinished checkout)" })).toHaveCount(1);
    await expect(page.getByText(/3 donations match/)).toContainText("£88 in all, of which £35 paid");

    // By email, and by a Stripe reference (exact), with the status filter kept.
    await search.fill(`dash.${run}@example.org`);
    await page.getByLabel("Status").selectOption("PAID");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(rows).toHaveCount(3);
    await search.fill(`cs_test_dash_pack_${run}`);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("£13");

    // London dates: a filter ending yesterday leaves out today's gifts.
    await search.fill(donor);
    await page.getByLabel("Status").selectOption({ value: "" });
    const yesterday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(Date.now() - 86_400_000));
    await page.getByLabel(/^to/).fill(yesterday);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText("No donations match these filters.")).toBeVisible();

    // The download holds the rows the page shows: the same filter function.
    const csv = await (await page.request.get(`/admin/donations/export?q=${encodeURIComponent(donor)}`)).text();
    const lines = csv.trimEnd().split("\n").slice(1);
    expect(lines).toHaveLength(2);
    expect(csv).not.toContain(`dash-pending-${run}`);
    const withPending = await (await page.request.get(`/admin/donations/export?q=${encodeURIComponent(donor)}&status=ALL`)).text();
    expect(withPending).toContain(`dash-pending-${run}`);
    await page.context().close();
  });
});
