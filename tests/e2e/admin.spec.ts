import { expect, test } from "@playwright/test";
import { expectAccessible, outboxFor, query, signIn } from "./support";

test.describe("the staff area", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

  test("is closed to signed-out visitors, with or without a forged middleware header", async ({ page, request }) => {
    for (const path of ["/admin", "/admin/staff"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/admin\/sign-in$/);
      // Sent to sign in at the door (proxy.ts), with a real 307, even with the header that once
      // let a request skip Next's middleware; and no staff content is served.
      const forged = await request.get(path, {
        headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
        maxRedirects: 0,
      });
      expect(forged.status(), path).toBe(307);
      expect(forged.headers().location, path).toMatch(/\/admin\/sign-in$/);
      const body = await forged.text();
      expect(body, path).not.toContain("Signed in as");
      expect(body, path).not.toContain("Invite a colleague");
    }
    await expectAccessible(page);
  });

  test("an admin signs in through the link in the outbox, invites an editor, and signs out", async ({ page }) => {
    await signIn(page, "admin@example.org");
    await expect(page.getByText("Signed in as admin@example.org (admin)")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Staff", exact: true }).click();
    await page.getByLabel("Email address").fill("not-an-address");
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByText("Enter an email address in the form name@example.org")).toBeVisible();
    await page.getByLabel("Email address").fill("Editor@Example.org");
    await page.getByRole("radio", { name: /Editor/ }).check();
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByRole("status")).toContainText("Invited editor@example.org");
    await page.reload();
    await expect(page.getByRole("cell", { name: "editor@example.org" })).toBeVisible();
    await expect(
      page
        .getByRole("main")
        .getByText(/admin@example\.org \(admin\) invited editor@example\.org as an editor\./)
        .first(),
    ).toBeVisible();
    await expectAccessible(page);

    await page.goto("/admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You’ve signed out.")).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  });

  test("an editor is refused what only admins may do, on the page and in the action", async ({ page, browser }) => {
    // The invite form as an admin's browser has it, to replay without the right session.
    await signIn(page, "admin@example.org");
    await page.goto("/admin/staff");
    const html = await page.content();
    // The invite form, not the layout's sign-out form above it.
    const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1] ?? "").find((f) => f.includes('name="email"')) ?? "";
    const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map(
      (m) => [m[1] ?? "", (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")] as const,
    );
    expect(hidden.length).toBeGreaterThan(0);
    const replay = async (context: import("@playwright/test").APIRequestContext, email: string) => {
      const multipart: Record<string, string> = Object.fromEntries(hidden);
      multipart.email = email;
      multipart.role = "ADMIN";
      return context.post("/admin/staff", { multipart, maxRedirects: 0 });
    };

    // Signed out: refused, nothing written.
    const anonymous = await browser.newContext();
    await replay(anonymous.request, "intruder@example.org");
    await anonymous.close();
    expect(await query(`SELECT 1 FROM "User" WHERE email = 'intruder@example.org'`)).toHaveLength(0);

    // Signed in as an editor: the page says no, and the same action is refused.
    const editor = await browser.newContext();
    const editorPage = await editor.newPage();
    await signIn(editorPage, "editor@example.org");
    await expect(editorPage.getByText("Signed in as editor@example.org (editor)")).toBeVisible();
    await editorPage.goto("/admin/staff");
    await expect(editorPage.getByRole("heading", { name: "Admins only" })).toBeVisible();
    // Posted without script, the refusal is kept for the page it came from (which says "Admins
    // only" to them as well), and the editor is sent there.
    const response = await replay(editor.request, "promoted@example.org");
    expect(response.status()).toBe(303);
    const location = response.headers().location ?? "";
    expect(location).toMatch(/\/admin\/staff\?answer=[\w-]{24}$/);
    const [kept] = await query<{ state: { message?: string } }>(`SELECT state FROM "KeptFormAnswer" WHERE id = $1`, [
      new URL(location, "http://localhost").searchParams.get("answer"),
    ]);
    expect(kept?.state.message).toBe("You don’t have permission to do that.");
    expect(await query(`SELECT 1 FROM "User" WHERE email = 'promoted@example.org'`)).toHaveLength(0);
    await editor.close();
  });

  test("an admin disables a colleague after confirming: they are signed out at once, and the audit log says who did it", async ({ page, browser }) => {
    await signIn(page, "admin@example.org");
    await page.goto("/admin/staff");
    await page.getByLabel("Email address").fill("leaver@example.org");
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByRole("status")).toContainText("Invited leaver@example.org");

    const leaver = await browser.newContext();
    const leaverPage = await leaver.newPage();
    await signIn(leaverPage, "leaver@example.org");

    await page.reload();
    await page.getByRole("main").getByRole("table").getByRole("link", { name: "leaver@example.org" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "leaver@example.org" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Disable this account…" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("Disable leaver@example.org?");
    expect(await query(`SELECT "disabledAt" FROM "User" WHERE email = 'leaver@example.org'`)).toEqual([{ disabledAt: null }]);
    await page.getByRole("button", { name: "Yes, disable the account" }).click();
    await expect(page.getByRole("status")).toHaveText("leaver@example.org is disabled and has been signed out.");

    await leaverPage.goto("/admin/posts");
    await expect(leaverPage).toHaveURL(/\/admin\/sign-in$/);
    await leaver.close();

    await page.goto("/admin/audit?action=staff.disable");
    await expect(page.getByRole("row", { name: /admin@example\.org \(admin\) disabled leaver@example\.org and signed them out\./ })).toBeVisible();
    await expectAccessible(page);
  });

  test("an address that is not staff gets the same answer and no email", async ({ page }) => {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Your work email address").fill("stranger@example.org");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await outboxFor("stranger@example.org")).toHaveLength(0);
  });
});
