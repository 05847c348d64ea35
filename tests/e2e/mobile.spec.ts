import { expect, test } from "@playwright/test";
import { contextFrom, freshAddress } from "./client-address";
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

  test("the drop-off point map sits below the list, as wide as the screen allows and not taller than it", async ({ page }) => {
    await page.goto("/donation-points?postcode=CT17+9DQ");
    const list = page.getByRole("region", { name: "Nearest to CT17 9DQ" });
    const map = page.getByRole("region", { name: "On the map" }).getByRole("group");
    await expect(map.locator(".finder-marker").first()).toBeVisible();
    const [listBox, mapBox, viewport] = [await list.boundingBox(), await map.boundingBox(), page.viewportSize()];
    expect(mapBox && listBox && mapBox.y).toBeGreaterThan((listBox?.y ?? 0) + (listBox?.height ?? 0) - 1);
    expect(mapBox?.height).toBeGreaterThanOrEqual(240);
    expect(mapBox?.height).toBeLessThanOrEqual((viewport?.height ?? 0) * 0.6);
    expect((mapBox?.x ?? -1) >= 0 && (mapBox?.x ?? 0) + (mapBox?.width ?? Infinity) <= (viewport?.width ?? 0)).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
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

test.describe("a refused form on a 390-pixel phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const javaScriptEnabled of [true, false]) {
    test(`£1 to the appeal shows the list of problems on screen, ${javaScriptEnabled ? "with focus on it" : "without script"}`, async ({ browser }) => {
      const page = await (await contextFrom(browser, freshAddress(), { javaScriptEnabled })).newPage();
      await page.goto("/donate?gift=custom");
      await page.getByLabel("Or your own amount, in pounds").fill("1");
      await page.getByRole("button", { name: "Continue to secure payment" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There’s a problem with your donation" });
      await expect(summary).toBeInViewport();
      await expect(summary.getByRole("link", { name: "Give at least £2" })).toBeVisible();
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      else await expect(page).toHaveURL(/#donate-problem$/);
      await expect(page.getByLabel("Or your own amount, in pounds")).toHaveValue("1");
      // axe runs its checks as script in the page: only where script runs.
      if (javaScriptEnabled) await expectAccessible(page);
      await page.context().close();
    });

    test(`a bad newsletter address shows its message on screen, ${javaScriptEnabled ? "with" : "without"} script`, async ({ browser }) => {
      const page = await (await contextFrom(browser, freshAddress(), { javaScriptEnabled })).newPage();
      await page.goto("/newsletter");
      const box = page.getByRole("main");
      await box.getByLabel("Email address").fill("not-an-address");
      await box.getByRole("button", { name: "Sign up" }).click();
      const message = box.getByText("Enter an email address in the form name@example.org");
      await expect(message).toBeInViewport();
      await expect(box.getByLabel("Email address")).toHaveValue("not-an-address");
      await page.context().close();
    });
  }
});
