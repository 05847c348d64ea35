import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

// These change what every visitor sees (a new published post), so they run in their own
// project after the read-only tests (playwright.config.ts).
test.describe("publishing", () => {
  test.describe.configure({ mode: "serial" });

  test("staff write a post, publish it, and a signed-out visitor sees it on / and /news at once", async ({ page, browser }) => {
    await signIn(page, "editor@example.org");
    await page.goto("/admin/posts");
    await expectAccessible(page);
    await page.getByRole("link", { name: "New post" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New post" })).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill("Coats reach the Dunkirk camp");
    await page.getByLabel("Summary, for lists and social cards").fill("A van of coats arrived this morning.");
    await page.getByLabel("The post, in Markdown").fill("## This morning\n\nWe handed out **200** coats.\n\n<script>alert(1)</script>");
    // The preview renders through the public page's sanitising pipeline.
    await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("200");
    await expect(page.getByRole("region", { name: "Preview" }).locator("script")).toHaveCount(0);
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByText("Published.")).toBeVisible();

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto("/");
    await expect(visitorPage.getByRole("link", { name: "Coats reach the Dunkirk camp" })).toBeVisible();
    await visitorPage.goto("/news");
    await expect(visitorPage.getByRole("link", { name: "Coats reach the Dunkirk camp" })).toBeVisible();
    await visitorPage.getByRole("link", { name: "Coats reach the Dunkirk camp" }).click();
    await expect(visitorPage.locator("article strong")).toHaveText("200");
    await visitor.close();
  });

  test("two staff editing one post: the later save is told, and nothing is overwritten", async ({ page, browser }) => {
    await signIn(page, "admin@example.org");
    await page.goto("/admin/posts?q=Dunkirk+camp");
    await page.getByRole("link", { name: "Coats reach the Dunkirk camp" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit post" })).toBeVisible();
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, "editor@example.org");
    await otherPage.goto(page.url());

    await page.getByLabel("Title", { exact: true }).fill("Coats reach the Dunkirk camp (updated)");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");

    await expect(otherPage.getByRole("heading", { level: 1, name: "Edit post" })).toBeVisible();
    await otherPage.getByLabel("Title", { exact: true }).fill("A different title");
    await otherPage.getByRole("button", { name: "Save", exact: true }).click();
    await expect(otherPage.getByRole("main").getByRole("alert")).toContainText("Someone else saved this post since you opened it");
    await expect(otherPage.getByLabel("Title", { exact: true })).toHaveValue("A different title");
    await other.close();
    expect(await query(`SELECT title FROM "Post" WHERE slug = 'coats-reach-the-dunkirk-camp'`)).toEqual([{ title: "Coats reach the Dunkirk camp (updated)" }]);
  });
});
