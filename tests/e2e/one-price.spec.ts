import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { addStaff, outboxFor, query, signIn } from "./support";

// Issue #13, "One price": an admin sets the coat to £30, the pack to £16.50 and the goal to
// 3,500, and then no public page, the widget, the feed or the emails a donor and a subscriber
// receive state an old figure; the £30 card leads to a £30 checkout. It changes what every
// visitor sees, so it runs in the "prices" project after every other that reads the site
// (playwright.config.ts), and puts the figures back as it found them.
// (The share cards are PNGs: their words are checked in tests/integration/one-price.test.ts.)

const ADMIN = "price-admin@example.org";

/** £25 or £13 as a price (not £250 or £25.50); 3,000 as a whole figure (not 33,000). */
const OLD_FIGURE = /£25(?![\d]|[.,]\d)|£13(?![\d]|[.,]\d)|(?<![\d,.])3,000(?![\d]|,\d)/;

type Figures = { goal: string; coat: string; pack: string };

/** A page's HTML as a string to search for words: without the markers React puts between adjacent texts ("£<!-- -->30"). */
async function html(request: APIRequestContext, path: string): Promise<string> {
  return (await (await request.get(path)).text()).replaceAll("<!-- -->", "");
}

async function setFigures(admin: Page, figures: Figures): Promise<string> {
  await admin.goto("/admin/appeal/goal");
  await admin.getByLabel("Goal, in coats").fill(figures.goal);
  await admin.getByLabel("Price of a coat, in pounds").fill(figures.coat);
  await admin.getByLabel("Price of a clothing pack, in pounds").fill(figures.pack);
  await admin.getByRole("button", { name: "Save the goal and prices" }).click();
  const status = admin.getByRole("main").getByRole("status");
  await expect(status).toContainText("Saved");
  return (await status.textContent()) ?? "";
}

/** The paths a search engine is given, plus the pages it is not (the donation form, the widget) and the feed. */
async function publicPaths(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL((m[1] ?? "").replace(/&amp;/g, "&"));
    return url.pathname + url.search;
  });
  expect(listed.length).toBeGreaterThan(10);
  return [...listed, "/news?page=2", "/donate", "/donate?gift=coat", "/donate?gift=pack", "/embed", "/embed/progress", "/news/feed.xml"];
}

test.describe("one price", () => {
  test("an admin's new prices and goal are the only figures the site, the widget and the emails state", async ({ browser, request }) => {
    test.setTimeout(240_000); // signs in, reads every public page, donates, subscribes, and restores the figures
    const [start] = await query<{ goalCoats: number; coatPricePence: number; packPricePence: number }>(
      `SELECT "goalCoats", "coatPricePence", "packPricePence" FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`,
    );
    if (!start) throw new Error("no campaign");
    const pounds = (pence: number) => (pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2));
    await addStaff(ADMIN, "ADMIN");
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, ADMIN);

    try {
      // The confirmation says exactly what changed.
      const said = await setFigures(admin, { goal: "3,500", coat: "30", pack: "16.50" });
      if (start.coatPricePence !== 3000) expect(said).toContain(`a coat now costs £30 (it was £${pounds(start.coatPricePence)})`);
      expect(said).toContain(`a clothing pack now costs £16.50 (it was £${pounds(start.packPricePence)})`);
      if (start.goalCoats !== 3500) expect(said).toContain("the goal is now 3,500 coats");
      else expect(said).not.toContain("goal");

      // Every public page, as the server sends it (the words and the metadata), states no old figure.
      for (const path of await publicPaths(request)) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        const body = (await response.text()).replaceAll("<!-- -->", "");
        expect(body.match(OLD_FIGURE)?.[0], `an old figure on ${path}`).toBeUndefined();
      }

      // Where the pages state the figures, they state the new ones.
      const home = await html(request, "/");
      for (const words of [
        "Donate: £30 could buy a coat",
        "Buy a coat for £30",
        "Over 3,500 people",
        "3,500 coats in all",
        "£30 could buy a new coat",
        "more than we need for 3,500 coats",
      ]) {
        expect(home, words).toContain(words);
      }
      const about = await html(request, "/about");
      expect(about).toContain("When we say £30 could buy a coat or £16.50 could buy a clothing pack");
      const packPost = await html(request, "/news/can-you-donate-just-13");
      expect(packPost).toContain("Can you donate just £16.50?");
      expect(packPost).toContain("What £16.50 could buy");
      const donate = await html(request, "/donate");
      expect(donate).toMatch(/<meta name="description" content="£30 could buy a warm coat/);
      const widget = await html(request, "/embed/progress");
      expect(widget).toContain("£30 buys a warm coat");
      expect(widget).toContain("of 3,500 coats");
      expect(await html(request, "/news/feed.xml")).toContain("Can you donate just £16.50?");
      expect(((await (await request.get("/api/progress")).json()) as { goal: number }).goal).toBe(3500);

      // The £30 card leads to a £30 checkout, and the receipt says £30.
      const donor = await (await browser.newContext()).newPage();
      await donor.goto("/");
      const card = donor.getByRole("listitem").filter({ has: donor.getByRole("heading", { name: "Buy a coat for £30" }) });
      await card.getByRole("link").click();
      await expect(donor).toHaveURL(/\/donate\?gift=coat$/);
      await expect(donor.getByRole("radio", { name: /A winter coat/ })).toBeChecked();
      await expect(donor.getByText("£30 could buy a warm, waterproof coat", { exact: true })).toBeVisible();
      await donor.getByRole("button", { name: "Continue to secure payment" }).click();
      await expect(donor).toHaveURL(/\/donate\/test-checkout\/cs_test_local_/);
      const email = `price-donor-${Date.now()}@example.org`;
      await donor.getByLabel("Email for your receipt").fill(email);
      await donor.getByLabel("Name on the card").fill("Pat Price");
      await donor.getByRole("button", { name: "Pay £30 (test)" }).click();
      await expect(donor.getByRole("heading", { level: 1 })).toHaveText("Thank you for your gift");
      expect((await donor.content()).replaceAll("<!-- -->", "").match(OLD_FIGURE)?.[0]).toBeUndefined();
      await expect.poll(async () => (await outboxFor(email)).length, { timeout: 30_000 }).toBe(1);
      const [receipt] = await outboxFor(email);
      expect(receipt).toContain("£30");
      expect(receipt?.match(OLD_FIGURE)?.[0]).toBeUndefined();

      // A new subscriber's confirmation states no old figure either.
      const reader = `price-reader-${Date.now()}@example.org`;
      await donor.goto("/");
      const box = donor.locator("section", { has: donor.getByRole("heading", { name: "Updates by email" }) });
      await box.getByLabel("Email address").fill(reader);
      await box.getByRole("button", { name: "Sign up" }).click();
      await expect(box.getByRole("status")).toContainText("We’ve sent you an email");
      await expect.poll(async () => (await outboxFor(reader)).length, { timeout: 30_000 }).toBe(1);
      const [confirmation] = await outboxFor(reader);
      expect(confirmation?.match(OLD_FIGURE)?.[0]).toBeUndefined();
      await donor.context().close();
    } finally {
      // Put the figures back for whatever runs next, without JavaScript: the page the plain form
      // post returns to says what changed just as the enhanced form does.
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      await noScript.addCookies(await admin.context().cookies());
      const said = await setFigures(await noScript.newPage(), {
        goal: String(start.goalCoats),
        coat: pounds(start.coatPricePence),
        pack: pounds(start.packPricePence),
      });
      expect(said).toContain(`a clothing pack now costs £${pounds(start.packPricePence)} (it was £16.50)`);
      await noScript.close();
      await admin.context().close();
    }
    const home = await html(request, "/");
    expect(home).toContain(`Buy a coat for £${pounds(start.coatPricePence)}`);
  });
});
