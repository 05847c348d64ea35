import { expect, test } from "@playwright/test";
import { expectAccessible, outboxFor, query } from "./support";

async function progress(request: import("@playwright/test").APIRequestContext) {
  return (await (await request.get("/api/progress")).json()) as { coatsFunded: number; raisedPence: number; donationCount: number };
}

test.describe("donating in test mode", () => {
  test.describe.configure({ mode: "serial" });

  test("a donor buys two coats, lands on the thank-you page, progress rises by two and one receipt arrives", async ({ page, request }) => {
    const before = await progress(request);
    await page.goto("/");
    await page.getByRole("link", { name: /Donate: £25 could buy a coat/ }).click();
    await expect(page).toHaveURL(/\/donate\?gift=coat$/);
    await expect(page.getByRole("radio", { name: /A winter coat/ })).toBeChecked();
    await expectAccessible(page);

    await page.getByLabel("How many coats or packs?").fill("2");
    await page.getByRole("button", { name: "Continue to secure payment" }).click();

    await expect(page).toHaveURL(/\/donate\/test-checkout\/cs_test_local_/);
    await expect(page.getByText("Test mode: no money moves")).toBeVisible();
    await expect(page.getByText("2 winter coats")).toBeVisible();
    await expectAccessible(page);
    const email = `donor-${Date.now()}@example.org`;
    await page.getByLabel("Email for your receipt").fill(email);
    await page.getByLabel("Name on the card").fill("Sam Donor");
    await page.getByRole("button", { name: "Pay £50 (test)" }).click();

    await expect(page).toHaveURL(/\/donate\/thank-you\?session_id=cs_test_local_/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your gift");
    await expect(page.getByText("Your gift of 2 winter coats will help")).toBeVisible();
    await expect(page.getByRole("link", { name: "Share on WhatsApp" })).toBeVisible();
    await expectAccessible(page);

    const after = await progress(request);
    expect(after.coatsFunded).toBe(before.coatsFunded + 2);
    expect(after.raisedPence).toBe(before.raisedPence + 5000);
    expect(after.donationCount).toBe(before.donationCount + 1);
    await page.goto("/");
    await expect(page.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", String(after.coatsFunded));

    await expect.poll(async () => (await outboxFor(email)).length, { timeout: 20_000 }).toBe(1);
    const [receipt] = await outboxFor(email);
    expect(receipt).toContain("2 winter coats");
    expect(receipt).toContain("£50");
    // Pressing back and paying again changes nothing: the session is closed.
    await page.goBack();
  });

  test("bad input gets messages beside the fields, keeps what was typed, and writes nothing", async ({ page }) => {
    const firstName = `Alex${Date.now()}`;
    await page.goto("/donate?gift=custom");
    await page.getByLabel("Or your own amount, in pounds").fill("1.50");
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
    await page.getByLabel("First name").fill(firstName);
    await page.getByLabel("Postcode").fill("NOT A POSTCODE");
    await page.getByRole("button", { name: "Continue to secure payment" }).click();
    await expect(page.getByText("Give at least £2")).toBeVisible();
    await expect(page.getByText("Enter your last name")).toBeVisible();
    await expect(page.getByText("Enter a UK postcode, like CT16 1AA")).toBeVisible();
    await expect(page.getByLabel("Or your own amount, in pounds")).toHaveValue("1.50");
    await expect(page.getByLabel("First name")).toHaveValue(firstName);
    await expect(page.getByLabel("Postcode")).toHaveValue("NOT A POSTCODE");
    await expectAccessible(page);
    // Other tests donate at the same time: look for this submission's own traces.
    expect(await query(`SELECT 1 FROM "GiftAidDeclaration" WHERE "firstName" = $1`, [firstName])).toHaveLength(0);
    expect(await query(`SELECT 1 FROM "Donation" WHERE "amountPence" = 150`)).toHaveLength(0);
  });

  test("cancelling at checkout returns to the form and nothing is charged", async ({ page }) => {
    await page.goto("/donate?gift=pack");
    await page.getByRole("button", { name: "Continue to secure payment" }).click();
    await expect(page).toHaveURL(/\/donate\/test-checkout\//);
    const sessionId = page.url().split("/").pop() ?? "";
    await page.getByRole("button", { name: "Cancel and go back" }).click();
    await expect(page).toHaveURL(/\/donate\?cancelled=1$/);
    await expect(page.getByText("Your payment was cancelled and nothing was charged")).toBeVisible();
    expect((await query<{ status: string }>(`SELECT status FROM "Donation" WHERE "stripeSessionId" = $1`, [sessionId]))[0]?.status).toBe("EXPIRED");
  });
});

test.describe("donating without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form works as a plain post, with Gift Aid and monthly giving", async ({ page }) => {
    await page.goto("/donate?gift=custom&frequency=monthly");
    await page.getByLabel("Or your own amount, in pounds").fill("10");
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
    await page.getByLabel("First name").fill("Jo");
    await page.getByLabel("Last name").fill("Bloggs");
    await page.getByLabel("House name or number").fill("12");
    await page.getByLabel("Street and town").fill("Harbour Street, Dover");
    await page.getByLabel("Postcode").fill("ct16 1aa");
    await page.getByRole("checkbox", { name: /I confirm I am a UK taxpayer/ }).check();
    await page.getByRole("button", { name: "Continue to secure payment" }).click();
    await expect(page).toHaveURL(/\/donate\/test-checkout\//);
    await expect(page.getByText("Total each month")).toBeVisible();
    const [row] = await query<{ postcode: string; scope: string; amountPence: number }>(
      `SELECT g.postcode, g.scope::text AS scope, d."amountPence" FROM "Donation" d JOIN "GiftAidDeclaration" g ON g.id = d."giftAidDeclarationId" WHERE d."stripeSessionId" = $1`,
      [page.url().split("/").pop()],
    );
    expect(row).toEqual({ postcode: "CT16 1AA", scope: "ENDURING", amountPence: 1000 });
  });
});
