import { expect, test, type Browser, type Page } from "@playwright/test";
import { staffWithSession, type StaffKind, type TestStaff } from "./staff-sessions";
import { query } from "./support";

// Staff forms posted without script: each comes back to its page with its answer kept in the
// database (lib/forms/kept-answers.ts), the message and everything typed in the HTML. A post that
// is refused keeps a body far longer than a cookie could carry; a page with several forms gives
// the answer to the form that was pressed. In the "staff" project: it adds a draft post (removed
// after) and a drop-off point it closes again.

const run = Date.now().toString(36);

async function noScriptPage(browser: Browser, kind: StaffKind): Promise<{ page: Page; staff: TestStaff }> {
  const staff = await staffWithSession(kind, `noscript-${run}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const [name, value] = staff.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return { page: await context.newPage(), staff };
}

const kept = (path: string) => new RegExp(`${path.replace(/[/]/g, "\\/")}\\?answer=[\\w-]{24}$`);

test("the post editor without script: a refusal keeps the title and a long body and says why; saves are said", async ({ browser }) => {
  test.slow();
  const { page } = await noScriptPage(browser, "editor");
  const main = page.getByRole("main");
  const title = `Written without script ${run}`;
  // About 25,000 characters: many times what a cookie holds.
  const body = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} of a long report from the warehouse, ${run}.`).join("\n\n");
  expect(body.length).toBeGreaterThan(20_000);

  await page.goto("/admin/posts/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("The post, in Markdown").fill(body);
  await page.getByRole("button", { name: "Save", exact: true }).click();

  // No summary: refused, nothing saved, and the page comes back with the answer and the text.
  await expect(page).toHaveURL(kept("/admin/posts/new"));
  await expect(main.getByRole("alert")).toHaveText("Please check the highlighted answers.");
  await expect(page.getByLabel("Summary, for lists and social cards")).toHaveAccessibleDescription(/Write a one- or two-sentence summary/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("The post, in Markdown")).toHaveValue(body);
  // The preview is rendered on the server from the kept text.
  await expect(page.getByRole("region", { name: "Preview" })).toContainText(`Paragraph 400 of a long report from the warehouse, ${run}.`);
  expect(await query(`SELECT 1 FROM "Post" WHERE title = $1`, [title])).toHaveLength(0);

  // Put right: saved as a draft, and the editor of the new post says so.
  await page.getByLabel("Summary, for lists and social cards").fill("A long report, written without script.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/[^/?]+\?saved=draft$/);
  await expect(main.getByRole("status")).toHaveText("Saved as a draft.");
  const [post] = await query<{ id: string; slug: string; body: string }>(`SELECT id, slug, body FROM "Post" WHERE title = $1`, [title]);
  expect(post?.body).toBe(body);

  try {
    // Editing it: a refused address comes back beside its field, the rest kept.
    await page.getByLabel("Address (leave empty to make one from the title)").fill("Not An Address!");
    await page.getByLabel("The post, in Markdown").fill(`${body}\n\nOne more line ${run}.`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page).toHaveURL(kept(`/admin/posts/${post!.id}`));
    await expect(main.getByRole("alert")).toHaveText("Please check the highlighted answers.");
    await expect(page.getByLabel("Address (leave empty to make one from the title)")).toHaveValue("Not An Address!");
    await expect(page.getByLabel("Address (leave empty to make one from the title)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("The post, in Markdown")).toHaveValue(`${body}\n\nOne more line ${run}.`);
    expect((await query<{ body: string }>(`SELECT body FROM "Post" WHERE id = $1`, [post!.id]))[0]?.body).toBe(body);

    // And a save, said in a status, with what was saved in the form.
    await page.getByLabel("Address (leave empty to make one from the title)").fill(post!.slug);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page).toHaveURL(kept(`/admin/posts/${post!.id}`));
    await expect(main.getByRole("status")).toHaveText("Saved.");
    await expect(main.getByRole("alert")).toHaveCount(0);
    await expect(page.getByLabel("The post, in Markdown")).toHaveValue(`${body}\n\nOne more line ${run}.`);
    expect((await query<{ body: string }>(`SELECT body FROM "Post" WHERE id = $1`, [post!.id]))[0]?.body).toBe(`${body}\n\nOne more line ${run}.`);
  } finally {
    // A draft is on no public page; it goes, so later phases count what they did before.
    await query(`DELETE FROM "Post" WHERE id = $1`, [post!.id]);
    await page.context().close();
  }
});

test("a drop-off point's status buttons without script: each press is answered beside the buttons, a refusal too", async ({ browser }) => {
  const { page } = await noScriptPage(browser, "editor");
  const main = page.getByRole("main");
  const id = `noscript-point-${run}`;
  const name = `No-script Hall ${run}`;
  await query(
    `INSERT INTO "DonationPoint" (id, name, address, postcode, "openingTimes", needs, status, version, "createdAt", "updatedAt")
     VALUES ($1, $2, '1 Test Street\nDover', 'CT16 1AA', 'Saturdays 10:00 to 12:00', 'Men’s coats', 'ACCEPTING', 1, now(), now())`,
    [id, name],
  );
  const status = async () => (await query<{ status: string }>(`SELECT status FROM "DonationPoint" WHERE id = $1`, [id]))[0]?.status;

  await page.goto(`/admin/donation-points/${id}`);
  await page.getByRole("button", { name: "Mark as full for now" }).click();
  await expect(page).toHaveURL(kept(`/admin/donation-points/${id}`));
  // Said once, by the buttons' form: the editor on the same page does not take it.
  await expect(main.getByText("Marked as full for now.", { exact: false })).toHaveCount(1);
  await expect(main.getByRole("status").filter({ hasText: "Marked as full for now." })).toBeVisible();
  expect(await status()).toBe("FULL");

  // A colleague changes the point meanwhile: the next press is refused, in words.
  await query(`UPDATE "DonationPoint" SET version = version + 1 WHERE id = $1`, [id]);
  await page.getByRole("button", { name: "Mark as accepting coats" }).click();
  await expect(page).toHaveURL(kept(`/admin/donation-points/${id}`));
  await expect(main.getByRole("status").filter({ hasText: "Someone else changed this point since you opened it." })).toBeVisible();
  expect(await status()).toBe("FULL");

  // Reloaded, it works; then closed through its confirmation page, so no visitor sees it.
  await page.goto(`/admin/donation-points/${id}`);
  await page.getByRole("button", { name: "Mark as accepting coats" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Marked as accepting coats." })).toBeVisible();
  expect(await status()).toBe("ACCEPTING");
  await main.getByRole("link", { name: "Close this point…" }).click();
  await page.getByRole("button", { name: "Yes, close it" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/donation-points\\?closed=${id}$`));
  await expect(main.getByText(`Closed ${name}.`)).toBeVisible();
  expect(await status()).toBe("CLOSED");
  await page.context().close();
});

test("disabling a colleague without script: the question, then the answer, each on the page", async ({ browser }) => {
  const { page } = await noScriptPage(browser, "admin");
  const colleague = await staffWithSession("editor", `noscript-colleague-${run}`);
  const main = page.getByRole("main");
  await page.goto(`/admin/staff/${colleague.id}`);
  await page.getByRole("button", { name: "Disable this account…" }).click();
  await expect(page).toHaveURL(kept(`/admin/staff/${colleague.id}`));
  await expect(main.getByRole("alertdialog")).toContainText(`Disable ${colleague.email}?`);
  expect((await query<{ disabledAt: Date | null }>(`SELECT "disabledAt" FROM "User" WHERE id = $1`, [colleague.id]))[0]?.disabledAt).toBeNull();

  await page.getByRole("button", { name: "Yes, disable the account" }).click();
  await expect(page).toHaveURL(kept(`/admin/staff/${colleague.id}`));
  // The access form's answer, not the role form's.
  await expect(main.getByRole("status")).toHaveText(`${colleague.email} is disabled and has been signed out.`);
  await expect(main.getByRole("button", { name: "Enable this account" })).toBeVisible();
  expect((await query<{ disabledAt: Date | null }>(`SELECT "disabledAt" FROM "User" WHERE id = $1`, [colleague.id]))[0]?.disabledAt).not.toBeNull();
  await page.context().close();
});
