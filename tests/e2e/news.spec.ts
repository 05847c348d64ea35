import { expect, test } from "@playwright/test";

test.describe("news and stories", () => {
  test("lists posts newest first, six to a page, with working pagination", async ({ page }) => {
    await page.goto("/news");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("News & stories");
    await expect(page.getByText("Page 1 of 2 · 8 posts")).toBeVisible();
    const cards = page.getByRole("article").filter({ visible: true });
    await expect(cards).toHaveCount(6);
    await expect(cards.first()).toContainText("A volunteer's Paris experience");

    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(/\/news\?page=2$/);
    await expect(page.getByRole("article").filter({ visible: true })).toHaveCount(2);
    await expect(page.getByRole("article").filter({ visible: true }).last()).toContainText("33,000 lost refugees named");
    await expect(page.locator('[aria-current="page"]', { hasText: "2" })).toBeVisible();
  });

  test("filters by category through the query string", async ({ page }) => {
    await page.goto("/news");
    await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Volunteer stories" }).click();
    await expect(page).toHaveURL(/\/news\?category=volunteer-stories$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Volunteer stories");
    const cards = page.getByRole("article").filter({ visible: true });
    await expect(cards).toHaveCount(2);
    for (const card of await cards.all()) await expect(card).toContainText("Volunteer stories");
  });

  test("opens a post with its sanitised body, date and a call to action", async ({ page }) => {
    await page.goto("/news");
    await page.getByRole("link", { name: "Can you donate just £13?" }).click();
    await expect(page).toHaveURL(/\/news\/can-you-donate-just-13$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Can you donate just £13?");
    await expect(page.locator("article header time").filter({ visible: true })).toHaveText("24 November 2017");
    await expect(page.locator(".prose p").filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Buy a coat" })).toHaveAttribute("href", "/donate?gift=coat");
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  });

  for (const path of ["/news/no-such-post", "/news?category=bogus", "/news?page=99", "/news?page=0", "/news?page=abc", "/news?category=news&page=7"]) {
    test(`answers ${path} with the helpful 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
      await expect(page.getByRole("link", { name: "The winter appeal" })).toBeVisible();
    });
  }
});
