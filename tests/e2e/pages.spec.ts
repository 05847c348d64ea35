import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { expectAccessible } from "./support";

test.describe("about, privacy and machine-readable addresses", () => {
  test("about and privacy render their content with metadata", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About Calais Winter Aid");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/privacy$/);
  });

  test("the accessibility statement is in every page's footer, and passes axe", async ({ page }) => {
    await page.goto("/news");
    await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility" }).click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
    await expect(page.getByRole("heading", { name: "Tell us when something gets in your way" })).toBeVisible();
    await expectAccessible(page);
  });

  test("an unknown address shows the 404 page inside the site's header and footer", async ({ page }) => {
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    await expect(page.getByRole("contentinfo")).toContainText("registered charity");
  });

  test("the feed is RSS 2.0 with every published post", async ({ request, baseURL }) => {
    const response = await request.get("/news/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
    expect(xml.rss["@_version"]).toBe("2.0");
    const channel = xml.rss.channel;
    expect(channel.title).toContain("Calais Winter Aid");
    expect(channel.link).toBe(`${baseURL}/news`);
    expect(channel.item).toHaveLength(8);
    for (const item of channel.item) {
      expect(item.link).toMatch(new RegExp(`^${baseURL}/news/[a-z0-9-]+$`));
      expect(new Date(item.pubDate).getFullYear()).toBe(2017);
      expect(item["content:encoded"]).not.toMatch(/<script/i);
    }
  });

  test("the sitemap lists the pages and every post; robots points to it", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${baseURL}/news/a-tough-day-in-calais</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/about</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/volunteer</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/donation-points</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/coat-wall</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/coat-drives</loc>`);
    // The appeal, news, its two categories, volunteer, drop-off points, the coat wall, the coat
    // drives, about, privacy and accessibility; the 8 posts (no drive is live in this read-only phase).
    expect(sitemap.match(/<url>/g)).toHaveLength(11 + 8);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robots).toContain("Disallow: /admin");
    expect(robots).toContain("Disallow: /share/");
  });

  test("the site has its icon wherever a browser or phone looks for one", async ({ page, request }) => {
    await page.goto("/");
    const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const href of [...icons, "/favicon.ico"]) {
      const icon = await request.get(href);
      expect(icon.status(), href).toBe(200);
      expect(icon.headers()["content-type"], href).toMatch(/^image\//);
    }
  });

  test("the health check asks the database; progress is public JSON", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(health.headers()["cache-control"]).toContain("no-store");

    const progress = await request.get("/api/progress");
    expect(progress.status()).toBe(200);
    // Donation tests run alongside, so the figures can only have grown from the seed's.
    const figures = (await progress.json()) as Record<string, number>;
    expect(Object.keys(figures).sort()).toEqual(["coatsFunded", "coatsHandedIn", "coatsTowardGoal", "donationCount", "goal", "raisedPence"]);
    expect(figures.goal).toBe(3000);
    expect(figures.coatsTowardGoal).toBeGreaterThanOrEqual(1184);
    expect(figures.coatsTowardGoal).toBe((figures.coatsFunded ?? 0) + (figures.coatsHandedIn ?? 0));
    expect(figures.raisedPence).toBeGreaterThanOrEqual(0);
    expect(progress.headers()["access-control-allow-origin"]).toBe("*");
  });

  test("public pages are served from the cache with headers a CDN can use", async ({ request }) => {
    for (const path of ["/", "/news", "/news/a-tough-day-in-calais", "/about"]) {
      await request.get(path);
      const again = await request.get(path);
      expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
      expect(again.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    }
  });
});

test("every page links a 1200×630 PNG social card", async ({ page, request }) => {
  for (const path of ["/", "/news", "/news/a-tough-day-in-calais", "/about"]) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image, path).toBeTruthy();
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", /.+/);
    const response = await request.get(new URL(image ?? "").pathname);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(png.readUInt32BE(20)).toBe(630); // IHDR height
  }
});
