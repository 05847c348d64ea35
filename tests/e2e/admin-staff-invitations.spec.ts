import { expect, test, type Browser, type Page } from "@playwright/test";
import { staffWithSession, type StaffKind, type TestStaff } from "./staff-sessions";
import { expectAccessible, outboxFor, query } from "./support";

// Inviting a colleague sends them an email (read from the outbox the site writes without a
// Resend key), and the audit log reads as sentences, older entries included. Adds staff and audit
// rows of its own, so it runs in the "staff" project.

const run = Date.now().toString(36);

async function staffPage(browser: Browser, kind: StaffKind): Promise<{ page: Page; staff: TestStaff }> {
  const staff = await staffWithSession(kind, `invite-${run}`);
  const context = await browser.newContext();
  const [name, value] = staff.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return { page: await context.newPage(), staff };
}

test("an invited colleague is emailed who invited them, as what, and a sign-in page with their address filled in", async ({ browser }) => {
  const { page, staff } = await staffPage(browser, "admin");
  const invitee = `invitee-${run}@example.org`;
  await page.goto("/admin/staff");
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("radio", { name: /Admin/ }).check();
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("status")).toContainText(`Invited ${invitee} as an admin. We’ve emailed them who invited them and how to sign in`);

  // The queue's worker sends it after the answer: wait for it.
  await expect.poll(async () => (await outboxFor(invitee)).length, { timeout: 30_000 }).toBe(1);
  const [email = ""] = await outboxFor(invitee);
  expect(email).toContain("You’re invited to the staff area");
  expect(email).toContain(`${staff.email} has invited you to the`);
  expect(email).toContain("staff area as an admin.");
  expect(email).toContain("There is no password to remember.");
  const link = /https?:\/\/[^\s"<>]+\/admin\/sign-in\?email=[^\s"<>]+/.exec(email)?.[0] ?? "";
  expect(new URL(link).searchParams.get("email")).toBe(invitee);

  // The link opens the sign-in form with their address in it, and nothing else.
  const stranger = await browser.newContext();
  const signIn = await stranger.newPage();
  await signIn.goto(new URL(link).pathname + new URL(link).search);
  await expect(signIn.getByLabel("Your work email address")).toHaveValue(invitee);
  await signIn.goto("/admin/sign-in?email=not%20an%20address");
  await expect(signIn.getByLabel("Your work email address")).toHaveValue("");
  await stranger.close();

  // The audit log says so in a sentence, linking to the new member of staff.
  await page.goto(`/admin/audit?subject=${encodeURIComponent(invitee)}`);
  const row = page.getByRole("row", {
    name: new RegExp(`${staff.email.replace(/[.]/g, "\\.")} \\(admin\\) invited ${invitee.replace(/[.]/g, "\\.")} as an admin\\.`),
  });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: invitee }).click();
  await expect(page.getByRole("heading", { level: 1, name: invitee })).toBeVisible();
});

test("the audit log reads older entries as sentences too, in London time, with its filters", async ({ browser }) => {
  const { page, staff } = await staffPage(browser, "admin");
  // An entry as the code wrote it before changes were recorded (every figure, before and after),
  // made at a known moment in British Summer Time.
  await query(
    `INSERT INTO "AuditLog" (id, "actorId", action, subject, details, "createdAt") VALUES ($1, $2, 'appeal.goal', $3, $4::jsonb, '2026-06-01T08:30:00Z') ON CONFLICT (id) DO NOTHING`,
    [
      `audit-old-${run}`,
      staff.id,
      `old-goal-${run}`,
      JSON.stringify({
        changed: ["goalCoats"],
        before: { goalCoats: 3000, coatPricePence: 2500, packPricePence: 1300 },
        after: { goalCoats: 3500, coatPricePence: 2500, packPricePence: 1300 },
      }),
    ],
  );
  await page.goto(`/admin/audit?subject=old-goal-${run}`);
  const row = page.getByRole("row", { name: /changed the goal from 3,000 to 3,500 coats in the appeal\./ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("1 Jun 2026, 09:30");
  await expect(row).not.toContainText("{");
  await expect(row.getByRole("link", { name: "the appeal" })).toHaveAttribute("href", "/admin/appeal");
  await expect(page.getByRole("columnheader", { name: "When (London time)" })).toBeVisible();

  // The filter offers each kind of change in words, and still filters.
  await page.goto("/admin/audit");
  await page.getByLabel("Change").selectOption({ label: "Appeal: goal or prices changed" });
  await page.getByLabel("About").fill(`old-goal-${run}`);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=appeal\.goal/);
  await expect(page.getByText("1 change match.")).toBeVisible();
  await expectAccessible(page);
});
