import { expect, test } from "@playwright/test";
import { watchThirdPartyRequests } from "./support";

test.describe("the appeal", () => {
  test("tells the story, shows live progress from the database and offers the ways to help", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A warm coat for every person sleeping rough this winter");

    // The situation figures from the seed content.
    const figures = page.locator("section", { has: page.getByRole("heading", { name: /sleeping outside as winter sets in/ }) });
    await expect(figures.getByText("Calais and Dunkirk")).toBeVisible();
    await expect(figures.getByText("1,500")).toBeVisible();

    // Progress toward 3,000 coats: the seed has 1,184 coats handed in and no donations yet, so a
    // fresh install with £0 raised says 0 coats funded, and the bar is all "handed in".
    const bar = page.getByRole("progressbar", { name: "Coats toward the goal" }).first();
    await expect(bar).toHaveAttribute("aria-valuenow", "1184");
    await expect(bar).toHaveAttribute("aria-valuemax", "3000");
    await expect(bar).toHaveAttribute("aria-valuetext", "1,184 of 3,000 coats toward the goal: 0 coats funded by gifts, 1,184 coats handed in");
    const legend = page.getByRole("list").filter({ hasText: "handed in" }).first();
    await expect(legend.getByRole("listitem")).toHaveText(["0 coats funded by gifts", "1,184 coats handed in"]);
    await expect(page.getByText("Coats bought with gifts and coats handed in both count toward the goal.").first()).toBeVisible();
    await expect(page.getByText("£0", { exact: true }).first()).toBeVisible();
    // Two parts drawn: nothing funded, the handed-in part about 39% of the bar.
    const barBox = await bar.boundingBox();
    const handedIn = await bar.locator('[data-part="handed-in"]').boundingBox();
    expect(await bar.locator('[data-part="funded"]').evaluate((e) => e.getBoundingClientRect().width)).toBe(0);
    expect(barBox && handedIn ? handedIn.width / barBox.width : 0).toBeCloseTo(0.3946, 1);

    // Calls to action lead to the donation form with the choice made, and to volunteering.
    await expect(page.getByRole("link", { name: /Donate: £25 could buy a coat/ })).toHaveAttribute("href", "/donate?gift=coat");
    await expect(page.getByRole("link", { name: "Volunteer with us" })).toHaveAttribute("href", "/volunteer");

    // Three ways to help, in order.
    const ways = page
      .locator("ol")
      .filter({ has: page.getByRole("heading", { name: /Buy a coat for £25/ }) })
      .getByRole("listitem");
    await expect(ways).toHaveCount(3);

    // The latest three posts, newest first.
    const latest = page.locator("section", { has: page.getByRole("heading", { name: "Latest news" }) }).getByRole("article");
    await expect(latest).toHaveCount(3);
    await expect(latest.first()).toContainText("13 December 2017");

    await expect(page.getByRole("textbox", { name: "Email address" }).first()).toBeVisible();
  });

  test("loads nothing from the video host until the visitor presses play", async ({ page }) => {
    const thirdParty = watchThirdPartyRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await expect(page.locator("iframe")).toHaveCount(0);
    expect(thirdParty).toEqual([]);

    await page.getByRole("link", { name: /^Play:/ }).click();
    const frame = page.locator("iframe[title]");
    await expect(frame).toHaveAttribute("src", /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
  });

  test("the play control works from the keyboard", async ({ page }) => {
    await page.goto("/");
    const play = page.getByRole("link", { name: /^Play:/ });
    await play.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("iframe[title]")).toHaveCount(1);
  });

  test("sends OpenGraph and Twitter metadata", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /warm coat/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/news\/feed\.xml$/);
  });
});
