import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

// Runs in the "staff" project, after the read-only tests, as its own admin and editor.
const ADMIN = "volunteers-admin@example.org";
const EDITOR = "volunteers-editor@example.org";

async function staffMember(email: string, role: "ADMIN" | "EDITOR") {
  await query(`INSERT INTO "User" (id, email, role, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now()) ON CONFLICT (email) DO NOTHING`, [
    crypto.randomUUID(),
    email,
    role,
  ]);
}

test.describe("volunteers in the staff area", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

  const name = `Noor Rahimi ${Date.now()}`;
  const email = `volunteers-applicant-${Date.now()}@example.org`;

  test.beforeAll(async () => {
    await staffMember(ADMIN, "ADMIN");
    await staffMember(EDITOR, "EDITOR");
    // An application as the form leaves one, with a note a spreadsheet would run as a formula.
    await query(
      `INSERT INTO "VolunteerApplication" (id, name, email, phone, place, "availableFrom", "availableTo", languages, "otherLanguages", "drivingLicence", "canDriveVan", "confirmedAdultAt", note, "updatedAt")
       VALUES ($1, $2, $3, '+44 7700 900456', 'DUNKIRK', current_date + 10, current_date + 17, '{PASHTO,FRENCH}', NULL, true, false, now(), '=1+1 weekends too', now())`,
      [crypto.randomUUID(), name, email],
    );
  });

  test("signed out, the export is refused (401); an editor is refused the list and the export (403)", async ({ request, browser }) => {
    expect((await request.get("/admin/volunteers/export", { maxRedirects: 0 })).status()).toBe(307); // to sign in, at the door (proxy.ts)
    const editor = await browser.newContext();
    const page = await editor.newPage();
    await signIn(page, EDITOR);
    await page.goto("/admin/volunteers");
    await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
    await expect(page.getByText(name)).toHaveCount(0);
    expect((await editor.request.get("/admin/volunteers/export")).status()).toBe(403);
    await editor.close();
  });

  test("an admin finds an application, changes its status (audit-logged) and downloads the CSV", async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/volunteers?place=DUNKIRK&status=NEW");
    await expect(page.getByRole("heading", { level: 1, name: "Volunteers" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Pashto and French")).toBeVisible();
    await expect(page.getByText("Full licence, cars only")).toBeVisible();
    await expectAccessible(page);
    const status = page.getByRole("group", { name: "Status" });
    await expect(status.getByRole("radio", { name: /^New/ })).toBeChecked();
    await status.getByRole("radio", { name: /^Contacted/ }).check();
    await page.getByRole("button", { name: "Save status" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Status changed from New to Contacted." })).toBeVisible();
    await expect(page.getByText(`${ADMIN} moved it from New to Contacted`)).toBeVisible();
    const [row] = await query<{ id: string; status: string }>(`SELECT id, status FROM "VolunteerApplication" WHERE email = $1`, [email]);
    expect(row?.status).toBe("CONTACTED");
    const audit = await query<{ details: unknown; email: string }>(
      `SELECT a.details, u.email FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId" WHERE a.subject = $1 AND a.action = 'volunteer.status'`,
      [row?.id],
    );
    expect(audit).toEqual([{ details: { from: "NEW", to: "CONTACTED" }, email: ADMIN }]);

    // Back on the list, the filter for new applications no longer shows it; contacted ones do.
    await page.goto("/admin/volunteers?place=DUNKIRK&status=NEW");
    await expect(page.getByRole("link", { name })).toHaveCount(0);
    await page.goto("/admin/volunteers?place=DUNKIRK&status=CONTACTED");
    await expect(page.getByRole("link", { name })).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^volunteers-\d{4}-\d{2}-\d{2}\.csv$/);
    const fs = await import("node:fs/promises");
    const csv = await fs.readFile((await download.path()) ?? "", "utf8");
    expect(csv.split("\n")[0]).toBe("id,applied,status,name,email,phone,place,from,to,languages,otherLanguages,drivingLicence,canDriveVan,confirmedAdult,note");
    expect(csv).toContain(`,CONTACTED,${name},${email},'+44 7700 900456,DUNKIRK,`);
    expect(csv).toContain(",'=1+1 weekends too");
    const exports = await query<{ details: unknown }>(
      `SELECT a.details FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId" WHERE u.email = $1 AND a.action = 'volunteers.export'`,
      [ADMIN],
    );
    expect(exports.at(-1)?.details).toEqual({ status: "CONTACTED", place: "DUNKIRK" });
  });
});
