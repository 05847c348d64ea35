import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support";

test.describe("on a phone", () => {
  test("the menu opens from the keyboard and leads to the news", async ({ page }) => {
    await page.goto("/");
    const menu = page.locator("summary", { hasText: "Menu" });
    await menu.focus();
    await page.keyboard.press("Enter");
    const nav = page.locator("details[open] nav");
    await expect(nav.getByRole("link", { name: "News & stories" })).toBeVisible();
    await nav.getByRole("link", { name: "News & stories" }).click();
    await expect(page).toHaveURL(/\/news$/);
  });

  for (const path of ["/", "/news", "/news/a-volunteers-story"]) {
    test(`${path} fits the screen without sideways scrolling and passes axe`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    });
  }
});
