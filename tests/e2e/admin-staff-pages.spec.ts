import { expect, test, type Browser, type Page } from "@playwright/test";
import { staffWithSession, type StaffKind, type TestStaff } from "./staff-sessions";
import { expectAccessible, query } from "./support";

// Staff edit the site's pages of prose. Editors edit /about; /privacy and /accessibility are the
// charity's legal statements, for admins. Changes /about and puts it back, in the "staff" project.

const run = Date.now().toString(36);

async function staffPage(browser: Browser, kind: StaffKind, javaScriptEnabled = true): Promise<{ page: Page; staff: TestStaff }> {
  const staff = await staffWithSession(kind, `pages-${run}`);
  const context = await browser.newContext({ javaScriptEnabled });
  const [name, value] = staff.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return { page: await context.newPage(), staff };
}

test.describe.configure({ mode: "serial" });

test("an editor edits /about, sees it live at once, and is kept out of the legal statements", async ({ browser, request }) => {
  const { page, staff } = await staffPage(browser, "editor");
  await page.goto("/admin");
  await page.getByRole("navigation").getByRole("link", { name: "Site pages" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Site pages" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Only admins can edit this page.")).toHaveCount(2);
  await expectAccessible(page);

  // The legal statements: the page says "Admins only" (its status is the next test's), and a
  // page that is not one of the site's is not found.
  for (const path of ["/admin/pages/privacy", "/admin/pages/accessibility"]) {
    const refused = await request.get(path, { headers: { cookie: staff.cookie }, maxRedirects: 0 });
    expect(refused.headers()["cache-control"], path).toContain("no-store");
    const html = await refused.text();
    expect(html, path).toContain("Admins only");
    expect(html, path).not.toContain("The page, in Markdown");
  }
  expect((await request.get("/admin/pages/no-such-page", { headers: { cookie: staff.cookie }, maxRedirects: 0 })).status()).toBe(404);

  await page.getByRole("main").getByRole("link", { name: /About/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit “About us”" })).toBeVisible();
  const body = page.getByLabel("The page, in Markdown");
  const original = await body.inputValue();
  const title = page.getByLabel("Title", { exact: true });
  const originalTitle = await title.inputValue();

  // Too long a title: refused beside the field, with everything typed kept.
  await title.fill("x".repeat(121));
  await body.fill(`${original}\n\nKept while the title is fixed ${run}.`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Keep the title to 120 characters or fewer: it has 121.")).toBeVisible();
  await expect(title).toHaveValue("x".repeat(121));
  await expect(body).toHaveValue(`${original}\n\nKept while the title is fixed ${run}.`);
  // The preview is the page as published: sanitised Markdown.
  await body.fill(`${original}\n\n## Our drivers ${run}\n\n<script>alert(1)</script>`);
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("heading", { name: `Our drivers ${run}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview" }).locator("script")).toHaveCount(0);

  await title.fill(originalTitle);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. The page on the site shows your changes now.");
  await page.reload();
  await expect(page.getByText(new RegExp(`Last edited by ${staff.email.replace(/[.]/g, "\\.")} on .+ \\(London time\\)\\.`))).toBeVisible();
  await expectAccessible(page);

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto("/about");
  await expect(publicPage.getByRole("heading", { level: 2, name: `Our drivers ${run}` })).toBeVisible();
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(originalTitle);

  // The audit log has it, as a sentence with a link to the editor.
  const [entry] = await query<{ details: { changes: Record<string, unknown> } }>(
    `SELECT details FROM "AuditLog" WHERE "actorId" = $1 AND action = 'site-page.edit' ORDER BY "createdAt" DESC LIMIT 1`,
    [staff.id],
  );
  expect(Object.keys(entry?.details.changes ?? {})).toEqual(["body"]);

  // Put it back as it was for the phases after this one.
  await body.fill(original);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. The page on the site shows your changes now.");
  await publicPage.reload();
  await expect(publicPage.getByRole("heading", { level: 2, name: `Our drivers ${run}` })).toHaveCount(0);
  await visitor.close();
});

test("the legal statements' editors answer an editor 403 at the door, and an admin 200", async ({ request }) => {
  const editor = await staffWithSession("editor", `pages-403-${run}`);
  const admin = await staffWithSession("admin", `pages-403-${run}`);
  for (const path of ["/admin/pages/privacy", "/admin/pages/accessibility"]) {
    expect((await request.get(path, { headers: { cookie: editor.cookie }, maxRedirects: 0 })).status(), path).toBe(403);
    expect((await request.get(path, { headers: { cookie: admin.cookie }, maxRedirects: 0 })).status(), path).toBe(200);
  }
  expect((await request.get("/admin/pages/about", { headers: { cookie: editor.cookie }, maxRedirects: 0 })).status()).toBe(200);
});

// Without script the answer comes back from the database (lib/forms/kept-answers.ts): the whole
// page's text, not only what a cookie could hold. axe needs script, so the pages with script are
// where it runs.
test("the editor works without script: a refusal keeps what was typed, and a save is saved", async ({ browser }) => {
  const { page } = await staffPage(browser, "admin", false);
  await page.goto("/admin/pages/accessibility");
  await expect(page.getByRole("heading", { level: 1, name: "Edit “Accessibility statement”" })).toBeVisible();
  const summary = page.getByLabel("Summary, under the title and in search results");
  const body = page.getByLabel("The page, in Markdown");
  const original = await summary.inputValue();
  const originalBody = await body.inputValue();
  const typed = `${originalBody}\n\nA paragraph typed before the refusal, ${"long enough to need more than a cookie. ".repeat(120)}`;
  await summary.fill("");
  await body.fill(typed);
  await page.getByLabel("Title", { exact: true }).fill(`Accessibility statement`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/accessibility\?answer=/);
  await expect(page.getByText("Write a one- or two-sentence summary: it shows under the title and in search results")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Accessibility statement");
  await expect(page.getByLabel("The page, in Markdown")).toHaveValue(typed);

  await page.getByLabel("Summary, under the title and in search results").fill(original);
  await page.getByLabel("The page, in Markdown").fill(originalBody);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
});
