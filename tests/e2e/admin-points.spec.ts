import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

// Changes what visitors see, so it runs in the "staff" project after the read-only tests, signed
// in as an editor of its own.
const EDITOR = "points-editor@example.org";

test.beforeAll(async () => {
  await query(`INSERT INTO "User" (id, email, role, "createdAt", "updatedAt") VALUES ($1, $2, 'EDITOR', now(), now()) ON CONFLICT (email) DO NOTHING`, [
    crypto.randomUUID(),
    EDITOR,
  ]);
});

test.describe("drop-off points in the staff area", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

  test("an editor adds a point, it is on the public page at once; closed (after confirming), it is gone", async ({ page, browser }) => {
    await signIn(page, EDITOR);
    await page.goto("/admin/donation-points");
    await expect(page.getByRole("heading", { level: 1, name: "Drop-off points" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Add a drop-off point" }).click();

    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Harbour Chapel");
    await page.getByRole("textbox", { name: "Address", exact: true }).fill("2 Snargate Street\nDover");
    await page.getByRole("textbox", { name: "Postcode", exact: true }).fill("ZE9 9ZZ");
    await page.getByRole("textbox", { name: "Opening times", exact: true }).fill("Saturdays, 10am to noon");
    await page.getByRole("textbox", { name: "What it needs now", exact: true }).fill("Coats in any adult size, and gloves.");
    await page.getByRole("button", { name: "Add drop-off point" }).click();
    // A postcode postcodes.io does not know: told beside the field, everything kept.
    await expect(page.getByRole("textbox", { name: "Postcode", exact: true })).toHaveAccessibleDescription(/We can’t find that postcode/);
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Harbour Chapel");
    await expect(page.getByRole("textbox", { name: "Address", exact: true })).toHaveValue("2 Snargate Street\nDover");
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Postcode", exact: true }).fill("ct17 9dq");
    await page.getByRole("button", { name: "Add drop-off point" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Harbour Chapel" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Added." })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Postcode", exact: true })).toHaveValue("CT17 9DQ");
    await expectAccessible(page);

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto("/donation-points?postcode=CT17+9DQ");
    const nearest = visitorPage.getByRole("region", { name: "Nearest to CT17 9DQ" }).getByRole("listitem").first();
    await expect(nearest.getByRole("heading", { level: 3 })).toHaveText("Harbour Chapel");
    await expect(nearest).toContainText("0.0 miles away");
    await expect(nearest).toContainText("Accepting coats");

    await page.getByRole("button", { name: "Mark as full for now" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Marked as full for now." })).toBeVisible();
    await visitorPage.reload();
    await expect(nearest).toContainText("Full for now");

    await page.getByRole("link", { name: "Close this point…" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Close Harbour Chapel?" })).toBeVisible();
    await expectAccessible(page);
    // Nothing is closed until the question is answered.
    await visitorPage.reload();
    await expect(nearest.getByRole("heading", { level: 3 })).toHaveText("Harbour Chapel");
    await page.getByRole("button", { name: "Yes, close it" }).click();
    await expect(page).toHaveURL(/\/admin\/donation-points\?closed=/);
    await expect(page.getByRole("main").getByRole("status")).toContainText("Closed Harbour Chapel.");
    await expect(page.getByRole("row", { name: /Harbour Chapel/ })).toContainText("Closed");

    await visitorPage.reload();
    await expect(visitorPage.getByRole("heading", { level: 3, name: "Harbour Chapel" })).toHaveCount(0);
    await expect(nearest.getByRole("heading", { level: 3 })).toHaveText("Pencester Road Community Hall");
    await visitor.close();
    const [row] = await query<{ status: string; version: number }>(`SELECT status, version FROM "DonationPoint" WHERE name = 'Harbour Chapel'`);
    expect(row).toEqual({ status: "CLOSED", version: 3 });
  });

  test("a point saved while the lookup is down is kept, and staff are told it has no map position", async ({ page }) => {
    await signIn(page, EDITOR);
    await page.goto("/admin/donation-points/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Barbican Coat Store");
    await page.getByRole("textbox", { name: "Address", exact: true }).fill("5 Long Lane\nLondon");
    await page.getByRole("textbox", { name: "Postcode", exact: true }).fill("EC1A 1BB"); // the fake answers 500
    await page.getByRole("textbox", { name: "Opening times", exact: true }).fill("Weekdays, 9am to 5pm");
    await page.getByRole("textbox", { name: "What it needs now", exact: true }).fill("Men’s coats in small and medium.");
    await page.getByRole("button", { name: "Add drop-off point" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Barbican Coat Store" })).toBeVisible();
    await expect(page.getByText("No map position yet:")).toBeVisible();

    await page.getByRole("textbox", { name: "What it needs now", exact: true }).fill("Gloves and hats too.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Saved, but the postcode lookup wasn’t available");

    // Tidy up for anything after: close it again.
    await page.getByRole("link", { name: "Close this point…" }).click();
    await page.getByRole("button", { name: "Yes, close it" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Closed Barbican Coat Store.");
    await page.goto("/admin/donation-points?show=closed");
    await expect(page.getByRole("row", { name: /Barbican Coat Store/ })).toContainText("Missing: save it again");
  });

  test("without JavaScript a refused edit comes back with its messages and everything typed", async ({ page, browser }) => {
    await signIn(page, EDITOR);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await page.context().cookies());
    const plain = await noScript.newPage();
    const [point] = await query<{ id: string; needs: string }>(`SELECT id, needs FROM "DonationPoint" WHERE name = 'Pencester Road Community Hall'`);
    await plain.goto(`/admin/donation-points/${point!.id}`);
    await plain.getByRole("textbox", { name: "Name", exact: true }).fill("");
    const needs = "Needs typed without script, kept through a refusal";
    await plain.getByRole("textbox", { name: "What it needs now", exact: true }).fill(needs);
    await plain.getByRole("button", { name: "Save changes" }).click();
    await expect(plain).toHaveURL(new RegExp(`/admin/donation-points/${point!.id}\\?answer=[\\w-]{24}$`));
    const alert = plain.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Please check the highlighted answers.");
    await expect(alert.getByRole("link")).toHaveText(["Give the point a name, like St Mary’s Church Hall"]);
    await expect(plain.getByRole("textbox", { name: "Name", exact: true })).toHaveAccessibleDescription(/^Error: Give the point a name/);
    await expect(plain.getByRole("textbox", { name: "What it needs now", exact: true })).toHaveValue(needs);
    expect((await query<{ needs: string }>(`SELECT needs FROM "DonationPoint" WHERE id = $1`, [point!.id]))[0]?.needs).toBe(point!.needs);
    const reported = plain.url();
    await noScript.close();
    // axe needs script: check the same answer in the editor's own browser.
    await page.goto(reported);
    await expect(page.getByRole("textbox", { name: "What it needs now", exact: true })).toHaveValue(needs);
    await expectAccessible(page);
  });
});
