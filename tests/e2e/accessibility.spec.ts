import { test } from "@playwright/test";
import { expectAccessible } from "./support";

const pages = [
  "/",
  "/news",
  "/news?category=volunteer-stories",
  "/news?page=2",
  "/news/a-volunteers-paris-experience",
  "/news/33000-lost-refugees-named",
  "/about",
  "/privacy",
  "/no-such-page",
];

for (const path of pages) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
  });
}
