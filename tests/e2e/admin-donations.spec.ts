import { expect, test } from "@playwright/test";
import { addStaff, expectAccessible, query, signIn } from "./support";

// Staff of this file's own: sign-in requests are limited per address, so files must not share.
const EDITOR = "donations-editor@example.org";
const ADMIN = "donations-admin@example.org";
test.beforeAll(async () => {
  await addStaff(EDITOR, "EDITOR");
  await addStaff(ADMIN, "ADMIN");
});

// Creates a Gift Aid claim (changing what later tests would see), so it runs in the "writes"
// project after the read-only tests, like publishing.
test.describe("donations in the staff area", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

  test("exports are refused when signed out (sent to sign in) and to editors (403)", async ({ request, browser }) => {
    expect((await request.get("/admin/donations/export", { maxRedirects: 0 })).status()).toBe(307); // to sign in, at the door (proxy.ts)
    expect((await request.get("/admin/gift-aid/claims/anything", { maxRedirects: 0 })).status()).toBe(307); // to sign in, at the door (proxy.ts)
    const editor = await browser.newContext();
    const page = await editor.newPage();
    await signIn(page, EDITOR);
    expect((await editor.request.get("/admin/donations/export")).status()).toBe(403);
    await page.goto("/admin/donations");
    await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
    await editor.close();
  });

  test("an admin filters donations, downloads them as CSV, and claims Gift Aid once, live gifts only", async ({ page }) => {
    test.slow(); // two claims, one of 1,001 donations downloaded as two schedules
    await signIn(page, ADMIN);
    await page.goto("/admin/donations?giftAid=yes");
    await expect(page.getByRole("heading", { level: 1, name: "Donations" })).toBeVisible();
    await expectAccessible(page);
    const csv = await (await page.request.get("/admin/donations/export?status=PAID")).text();
    expect(csv.split("\n")[0]).toContain("id,created,paid,gift,amount,fee,refunded,frequency,status");
    expect(csv).toContain("2 winter coats");

    // Paid gifts with a Gift Aid declaration, as the webhook leaves them: a test one (this site
    // takes test payments) and a live one (as from a time the site had live keys).
    const paidGift = (firstName: string, livemode: boolean) =>
      query(`
      WITH declaration AS (
        INSERT INTO "GiftAidDeclaration" (id, "firstName", "lastName", "houseNameOrNumber", "addressLine", postcode, scope, "wordingVersion", wording)
        VALUES (gen_random_uuid()::text, '${firstName}', 'O''Brien', '12', 'Harbour Street, Dover', 'CT16 1AA', 'ENDURING', 'v1', 'wording') RETURNING id)
      INSERT INTO "Donation" (id, "campaignId", kind, quantity, "amountPence", status, "paidAt", "attemptKey", "giftAidDeclarationId", "updatedAt", livemode, "donorName")
      SELECT gen_random_uuid()::text, (SELECT id FROM "Campaign" LIMIT 1), 'COAT', 1, 2500, 'PAID', now(), gen_random_uuid()::text, declaration.id, now(), ${livemode}, '${firstName} O''Brien' FROM declaration`);
    await paidGift("Testy", false);
    await page.goto("/admin/gift-aid");
    await expect(page.getByText("This site takes test payments: no money moves, and test donations are never claimed from HMRC.")).toBeVisible();
    await expect(page.getByText("There is no live donation to claim.")).toBeVisible();
    // Nothing to claim: the page says so instead of offering a button.
    await expect(page.getByText("There is nothing to claim now.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create the claim" })).toHaveCount(0);
    await expectAccessible(page);

    await paidGift("Zoë", true);
    await page.reload();
    await page.getByRole("button", { name: "Create the claim" }).click();
    await expect(page.getByText("Tick the box to confirm")).toBeVisible();
    await page.getByRole("checkbox", { name: /ready to submit/ }).check();
    await page.getByRole("button", { name: "Create the claim" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Claim created");
    await page.reload();
    await expect(page.getByText("There is no live donation to claim.")).toBeVisible();
    const link = page.getByRole("link", { name: "HMRC schedule 1 of 1: rows 1 to 1 (CSV)" }).first();
    const href = (await link.getAttribute("href")) ?? "";
    const schedule = await (await page.request.get(href)).text();
    expect(schedule.split("\n")[0]).toBe(
      "Title,First name or initial,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date (DD/MM/YY),Amount",
    );
    expect(schedule).toContain(",Zoe,O'Brien,12,CT16 1AA,,,");
    expect(schedule).toContain(",25.00");
    expect(schedule).not.toContain("Testy");
    expect((await page.request.get(href.replace("schedule=1", "schedule=2"))).status()).toBe(404);

    // How the file goes into HMRC's own spreadsheet, with where to get it and where to send it.
    const steps = page.getByRole("region", { name: "Putting a schedule into HMRC’s spreadsheet" });
    await expect(steps.getByRole("listitem")).toHaveCount(7);
    await expect(steps).toContainText("paste values only");
    await expect(steps).toContainText("one file per schedule");
    await expect(steps.getByRole("link", { name: "HMRC’s schedule spreadsheet guidance" })).toHaveAttribute(
      "href",
      "https://www.gov.uk/guidance/schedule-spreadsheet-to-claim-back-tax-on-gift-aid-donations",
    );
    await expect(steps.getByRole("link", { name: "Charities Online" })).toHaveAttribute("href", "https://www.gov.uk/claim-gift-aid-online");
    await expectAccessible(page);

    // The donations list marks test gifts.
    await page.goto("/admin/donations?giftAid=yes");
    const testBadge = "Made in test mode: no money moved";
    await expect(page.getByRole("row").filter({ hasText: "Testy" }).getByTitle(testBadge)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Zoë" }).getByTitle(testBadge)).toHaveCount(0);

    // Over HMRC's 1,000 rows per schedule: two schedules, each with its rows, never one cut file.
    await query(`
      WITH n AS (SELECT generate_series(1, 1001) AS i),
      declaration AS (
        INSERT INTO "GiftAidDeclaration" (id, "firstName", "lastName", "houseNameOrNumber", "addressLine", postcode, scope, "wordingVersion", wording)
        SELECT 'bulk-decl-' || i, 'Bulk', 'Lloyd-Webber', i::text, 'High Street', 'CT16 1AA', 'ENDURING', 'v1', 'wording' FROM n RETURNING id)
      INSERT INTO "Donation" (id, "campaignId", kind, quantity, "amountPence", status, "paidAt", "attemptKey", "giftAidDeclarationId", "updatedAt", livemode, "donorName")
      SELECT gen_random_uuid()::text, (SELECT id FROM "Campaign" LIMIT 1), 'COAT', 1, 1000, 'PAID', now(), gen_random_uuid()::text, declaration.id, now(), true, 'Bulk Lloyd-Webber' FROM declaration`);
    await page.goto("/admin/gift-aid");
    await page.getByRole("checkbox", { name: /ready to submit/ }).check();
    await page.getByRole("button", { name: "Create the claim" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Claim created: 1001 donations");
    await page.reload();
    await expect(page.getByText("1,001 donations, £10,010, in 2 schedules of up to 1,000 rows")).toBeVisible();
    const first = page.getByRole("link", { name: "HMRC schedule 1 of 2: rows 1 to 1,000 (CSV)" });
    const second = page.getByRole("link", { name: "HMRC schedule 2 of 2: rows 1,001 to 1,001 (CSV)" });
    const rows = async (l: typeof first) => (await (await page.request.get((await l.getAttribute("href")) ?? "")).text()).trimEnd().split("\n").slice(1);
    expect((await rows(first)).length).toBe(1000);
    expect(await rows(second)).toEqual([expect.stringMatching(/^,Bulk,Lloyd Webber,\d+,CT16 1AA,,,\d\d\/\d\d\/\d\d,10\.00$/)]);
    const whole = await page.request.get(((await first.getAttribute("href")) ?? "").replace(/\?schedule=1$/, ""));
    expect(whole.status()).toBe(409);
    expect(await whole.text()).toContain("more than HMRC's 1,000 rows per schedule, so it comes as 2 schedules");
  });
});
