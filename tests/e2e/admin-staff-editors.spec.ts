import { expect, test, type Browser, type Page } from "@playwright/test";
import { staffWithSession, type TestStaff } from "./staff-sessions";
import { expectAccessible, outboxFor, query } from "./support";

// The newsletter editor: a test send keeps the draft first, an error goes once it is put right
// (with and without script), and single line breaks are kept in the preview, the email's HTML and
// its text part. Sends tests to its own admin only (never to subscribers), so it runs in "staff".

const run = Date.now().toString(36);

async function adminPage(browser: Browser, javaScriptEnabled: boolean): Promise<{ page: Page; admin: TestStaff }> {
  const admin = await staffWithSession("admin", `editors-${run}`);
  const context = await browser.newContext({ javaScriptEnabled });
  const [name, value] = admin.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return { page: await context.newPage(), admin };
}

const letter = (tag: string) => `Thank you for every coat, ${tag}.\nWe handed out 212 on Saturday.\n\nWith love,\nThe Calais team`;

async function testCopies(to: string, subject: string): Promise<string[]> {
  return (await outboxFor(to)).filter((m) => m.includes(`Subject: [Test] ${subject}`));
}

test.describe("the newsletter editor", () => {
  test("a test send saves the draft and says so, a fixed error goes at once, and line breaks stay", async ({ browser }) => {
    test.slow(); // a preview, two test sends and a reload on a shared machine
    const { page, admin } = await adminPage(browser, true);
    await page.goto("/admin/newsletters/new");
    const subjectField = page.getByLabel("Subject");
    const bodyField = page.getByLabel("The update, in Markdown");
    await bodyField.fill(letter(run));

    // No subject yet: the draft is kept all the same, and the form says what is missing.
    await page.getByRole("button", { name: "Send a test to me" }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveText("Your draft is saved. Please check the highlighted answers before a test can be sent.");
    await expect(page.getByText("Give the update a subject")).toBeVisible();
    await expect(subjectField).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/admin\/newsletters\/new\?draft=[a-z0-9]+$/);
    const draftId = new URL(page.url()).searchParams.get("draft") ?? "";
    expect(await query(`SELECT subject, body FROM "NewsletterDraft" WHERE id = $1`, [draftId])).toEqual([{ subject: "", body: letter(run) }]);
    await expectAccessible(page);

    // Put right, the error goes before anything is sent again; an empty subject brings it back.
    const subject = `Saturday in Calais ${run}`;
    await subjectField.fill(subject);
    await expect(page.getByText("Give the update a subject")).toHaveCount(0);
    await expect(alert).toHaveCount(0);
    await expect(subjectField).not.toHaveAttribute("aria-invalid");
    await subjectField.fill("   ");
    await expect(page.getByText("Give the update a subject")).toBeVisible();
    await subjectField.fill(subject);

    // The preview keeps each single line break, inside one paragraph.
    const preview = page.frameLocator('iframe[title="Preview of the email"]');
    await expect(preview.getByRole("heading", { name: subject })).toBeVisible();
    const paragraphs = preview.locator("p", { hasText: "Thank you for every coat" });
    await expect(paragraphs).toHaveCount(1);
    expect(await paragraphs.innerHTML()).toMatch(/Thank you for every coat, [a-z0-9]+\.<br\/?>\s*We handed out 212 on Saturday\./);
    await expect(preview.locator("p", { hasText: "With love," }).locator("br")).toHaveCount(1);

    await page.getByRole("button", { name: "Send a test to me" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Draft saved, and a test sent to ${admin.email}. It may take a minute to arrive.`);
    await expect.poll(async () => (await testCopies(admin.email, subject)).length, { timeout: 20_000 }).toBe(1);
    const copy = (await testCopies(admin.email, subject))[0] ?? "";
    // The HTML part: one paragraph with a break; the text part: the lines as written.
    expect(copy).toMatch(/We handed out 212 on Saturday\.<\/p>/);
    expect(copy).toMatch(/Thank you for every coat, [a-z0-9]+\.<br\/?>/);
    expect(copy).toMatch(/Thank you for every coat, [a-z0-9]+\.\r?\nWe handed out 212 on Saturday\.\r?\n\r?\nWith love,\r?\nThe Calais team/);
    // One draft, updated in place, with what was typed.
    expect(await query(`SELECT id, subject FROM "NewsletterDraft" WHERE body = $1`, [letter(run)])).toEqual([{ id: draftId, subject }]);

    // Nothing typed is lost: a reload brings the draft back, and the newsletters page lists it.
    await page.reload();
    await expect(subjectField).toHaveValue(subject);
    await expect(bodyField).toHaveValue(letter(run));
    await expect(page.getByText(/^A draft, saved /)).toBeVisible();
    await expectAccessible(page);
    await page.goto("/admin/newsletters");
    await expect(page.getByRole("region", { name: "Drafts" }).getByRole("link", { name: subject })).toHaveAttribute(
      "href",
      `/admin/newsletters/new?draft=${draftId}`,
    );
    await expectAccessible(page);
    await page.context().close();
  });

  test("without script, a test send keeps the draft and its errors, and a fixed error is gone after the next press", async ({ browser }) => {
    test.slow();
    const { page, admin } = await adminPage(browser, false);
    await page.goto("/admin/newsletters/new");
    await page.getByLabel("The update, in Markdown").fill(letter(`noscript ${run}`));
    await page.getByRole("button", { name: "Send a test to me" }).click();

    // Sent back to the compose page with the answer kept, in the HTML, the text and its draft kept.
    await expect(page).toHaveURL(/\/admin\/newsletters\/new\?answer=[\w-]{24}$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your draft is saved. Please check the highlighted answers before a test can be sent.");
    await expect(page.getByText(/^A draft, saved /)).toBeVisible();
    await expect(page.getByText("Give the update a subject")).toBeVisible();
    await expect(page.getByLabel("The update, in Markdown")).toHaveValue(letter(`noscript ${run}`));

    const subject = `Sleeping bags for Paris ${run}`;
    await page.getByLabel("Subject").fill(subject);
    await page.getByRole("button", { name: "Send a test to me" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Draft saved, and a test sent to ${admin.email}. It may take a minute to arrive.`);
    await expect(page.getByText("Give the update a subject")).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    await expect(page.getByLabel("Subject")).toHaveValue(subject);
    await expect.poll(async () => (await testCopies(admin.email, subject)).length, { timeout: 20_000 }).toBe(1);
    expect(await query(`SELECT subject FROM "NewsletterDraft" WHERE body = $1`, [letter(`noscript ${run}`)])).toEqual([{ subject }]);
    await page.context().close();
  });
});
