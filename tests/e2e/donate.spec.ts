import { expect, test, type Browser, type Page } from "@playwright/test";
import { contextFrom, freshAddress } from "./client-address";
import { expectAccessible, outboxFor, query } from "./support";

/** A page in a browser of its own, from an address no other test uses (rate limits stay apart). */
async function visitor(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await contextFrom(browser, freshAddress(), { javaScriptEnabled });
  return context.newPage();
}

const continueButton = (page: Page) => page.getByRole("button", { name: "Continue to secure payment" });
/** The figure on the running total's visible line named `label`; none while the line is hidden. */
const figure = (page: Page, label: string) =>
  page
    .getByRole("region", { name: "Your gift" })
    .locator("dl > div")
    .filter({ visible: true })
    .filter({ has: page.locator("dt", { hasText: label }) })
    .locator("dd");
const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There’s a problem with your donation" });

/** A gift with everything filled in: custom £12.50 monthly, fee covered, Gift Aid. */
async function fillEverything(page: Page, firstName: string) {
  await page.getByRole("radio", { name: /An amount you choose/ }).check();
  await page.getByLabel("Or your own amount, in pounds").fill("12.50");
  await page.getByRole("radio", { name: /Every month/ }).check();
  await page.getByRole("checkbox", { name: /card fee/ }).check();
  await page.getByRole("checkbox", { name: /Keep my gift anonymous/ }).check();
  await page.getByRole("checkbox", { name: /We’ll email you once to confirm/ }).check();
  await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
  await page.getByLabel("Title (optional)").fill("Dr");
  await page.getByLabel("First name").fill(firstName);
  await page.getByLabel("Last name").fill("Haddad");
  await page.getByLabel("House name or number").fill("Flat 3, 12");
  await page.getByLabel("Street and town").fill("Harbour Street, Dover");
  await page.getByLabel("Postcode").fill("ct16 1aa");
  await page.getByRole("checkbox", { name: /I confirm I am a UK taxpayer/ }).check();
}

/** Every value fillEverything chose, as the form shows it again. */
async function expectEverything(page: Page, firstName: string) {
  await expect(page.getByRole("radio", { name: /An amount you choose/ })).toBeChecked();
  await expect(page.getByLabel("Or your own amount, in pounds")).toHaveValue("12.50");
  await expect(page.getByRole("radio", { name: /Every month/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /card fee/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Keep my gift anonymous/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /We’ll email you once to confirm/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /add Gift Aid/ })).toBeChecked();
  await expect(page.getByLabel("Title (optional)")).toHaveValue("Dr");
  await expect(page.getByLabel("First name")).toHaveValue(firstName);
  await expect(page.getByLabel("Last name")).toHaveValue("Haddad");
  await expect(page.getByLabel("House name or number")).toHaveValue("Flat 3, 12");
  await expect(page.getByLabel("Street and town")).toHaveValue("Harbour Street, Dover");
  await expect(page.getByLabel("Postcode")).toHaveValue("CT16 1AA");
  await expect(page.getByRole("radio", { name: /future donations/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /I confirm I am a UK taxpayer/ })).toBeChecked();
  // £12.50 with the fee covered (ceil((1250 + 20) / 0.985) − 1250 = 40p), and Gift Aid's quarter.
  await expect(figure(page, "You pay")).toHaveText("£12.90 a month");
  await expect(figure(page, "Gift Aid adds")).toHaveText("£3.12 a month");
}

/**
 * Coats chosen while an amount of the donor's own is typed: the form shows both, so the donor is
 * asked which they meant (the same answer with and without script), everything kept, nothing
 * written; choosing "An amount you choose" then charges exactly the typed amount.
 */
async function expectAskedWhich(page: Page, amount: string, pence: number) {
  const question = `You chose a winter coat and also typed £${amount}: which did you mean? To give £${amount}, choose “An amount you choose”; to give coats, clear the amount`;
  const summary = summaryOf(page);
  await expect(summary.getByRole("link", { name: question })).toHaveAttribute("href", "#donate-gift-coat");
  const coat = page.getByRole("radio", { name: /A winter coat/ });
  await expect(coat).toBeChecked();
  await expect(coat).toHaveAttribute("aria-invalid", "true");
  await expect(coat).toHaveAccessibleDescription(`Error: ${question}`);
  await expect(page.getByLabel("Or your own amount, in pounds")).toHaveValue(amount);
  await expect(page.getByLabel("How many coats or packs?")).toHaveValue("1");
  await expect(page.getByRole("checkbox", { name: /card fee/ })).toBeChecked();
  // Other tests donate at the same time: this submission's own amount is its trace.
  expect(await query(`SELECT 1 FROM "Donation" WHERE "amountPence" = $1`, [pence])).toHaveLength(0);

  await page.getByRole("radio", { name: /An amount you choose/ }).check();
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/donate\/test-checkout\//);
  // (A redirect keeps the fragment the refused post's answer had: the path alone names the session.)
  const rows = await query<{ kind: string; amountPence: number }>(`SELECT kind::text AS kind, "amountPence" FROM "Donation" WHERE "stripeSessionId" = $1`, [
    new URL(page.url()).pathname.split("/").pop(),
  ]);
  expect(rows).toEqual([{ kind: "CUSTOM", amountPence: pence }]);
}

async function progress(request: import("@playwright/test").APIRequestContext) {
  return (await (await request.get("/api/progress")).json()) as { coatsFunded: number; coatsTowardGoal: number; raisedPence: number; donationCount: number };
}

test.describe("donating in test mode", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

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
    expect(after.coatsTowardGoal).toBe(before.coatsTowardGoal + 2);
    expect(after.raisedPence).toBe(before.raisedPence + 5000);
    expect(after.donationCount).toBe(before.donationCount + 1);
    await page.goto("/");
    await expect(page.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", String(after.coatsTowardGoal));

    await expect.poll(async () => (await outboxFor(email)).length, { timeout: 20_000 }).toBe(1);
    const [receipt] = await outboxFor(email);
    expect(receipt).toContain("2 winter coats");
    expect(receipt).toContain("£50");
    // Pressing back and paying again changes nothing: the session is closed.
    await page.goBack();
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

// Each in a browser of its own, from an address of its own: independent of every other test.
test.describe("the donate form, with script", () => {
  test("bad input is listed at the top, linked to each field, focused; every field is marked and keeps its value; nothing is written", async ({ browser }) => {
    const page = await visitor(browser);
    const firstName = `Alex${Date.now()}`;
    await page.goto("/donate?gift=custom");
    await page.getByLabel("Or your own amount, in pounds").fill("1.50");
    await page.getByRole("radio", { name: /Every month/ }).check();
    await page.getByRole("checkbox", { name: /card fee/ }).check();
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
    await page.getByLabel("First name").fill(firstName);
    await page.getByLabel("Postcode").fill("NOT A POSTCODE");
    await continueButton(page).click();

    const summary = summaryOf(page);
    await expect(summary).toBeFocused();
    for (const [message, field] of [
      ["Give at least £2", "Or your own amount, in pounds"],
      ["Enter your last name", "Last name"],
      ["Enter a UK postcode, like CT16 1AA", "Postcode"],
      ["Please confirm you are a UK taxpayer and have read the declaration", /I confirm I am a UK taxpayer/],
    ] as const) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
      const control = typeof field === "string" ? page.getByLabel(field) : page.getByRole("checkbox", { name: field });
      await expect(control).toHaveAttribute("aria-invalid", "true");
      await expect(control).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    }
    await expect(page.getByLabel("First name")).not.toHaveAttribute("aria-invalid", "true");
    // A link in the summary takes the donor to the field.
    await summary.getByRole("link", { name: "Enter your last name" }).click();
    await expect(page.getByLabel("Last name")).toBeFocused();

    await expect(page.getByLabel("Or your own amount, in pounds")).toHaveValue("1.50");
    await expect(page.getByRole("radio", { name: /Every month/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /card fee/ })).toBeChecked();
    await expect(page.getByLabel("First name")).toHaveValue(firstName);
    await expect(page.getByLabel("Postcode")).toHaveValue("NOT A POSTCODE");
    await expectAccessible(page);
    // Other tests donate at the same time: look for this submission's own traces.
    expect(await query(`SELECT 1 FROM "GiftAidDeclaration" WHERE "firstName" = $1`, [firstName])).toHaveLength(0);
    expect(await query(`SELECT 1 FROM "Donation" WHERE "amountPence" = 150`)).toHaveLength(0);
    await page.context().close();
  });

  test("typing an amount chooses it; coats chosen again beside a typed amount are asked about, as without script", async ({ browser }) => {
    const page = await visitor(browser);
    await page.goto("/donate");
    await expect(page.getByRole("radio", { name: /A winter coat/ })).toBeChecked();
    await page.getByLabel("Or your own amount, in pounds").fill("41.75");
    await expect(page.getByRole("radio", { name: /An amount you choose/ })).toBeChecked();
    await page.getByRole("checkbox", { name: /card fee/ }).check();
    await page.getByRole("radio", { name: /A winter coat/ }).check();
    await continueButton(page).click();
    await expect(summaryOf(page)).toBeFocused();
    await expectAskedWhich(page, "41.75", 4175);
    await page.context().close();
  });

  test("the running total shows the gift, the exact card fee charged and what Gift Aid adds, as the donor changes them", async ({ browser }) => {
    const page = await visitor(browser);
    await page.goto("/donate?gift=coat");
    await expect(figure(page, "You pay")).toHaveText("£25");
    await page.getByLabel("How many coats or packs?").fill("2");
    await expect(figure(page, "Gift to the appeal")).toHaveText("£50");
    await expect(figure(page, "You pay")).toHaveText("£50");
    await expect(figure(page, "Gift Aid adds")).toHaveCount(0);
    // The fee is the figure the server adds (1.5% + 20p of the total it makes), not a rate.
    await page.getByRole("checkbox", { name: "Add £0.97 to cover the card fee, so that all of my gift goes to the appeal" }).check();
    await expect(figure(page, "Card fee you’re covering")).toHaveText("£0.97");
    await expect(figure(page, "You pay")).toHaveText("£50.97");
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
    await expect(figure(page, "Gift Aid adds")).toHaveText("£12.50");
    // Typing an amount of one's own chooses it.
    await page.getByLabel("Or your own amount, in pounds").fill("1");
    await expect(page.getByRole("radio", { name: /An amount you choose/ })).toBeChecked();
    await expect(page.getByRole("region", { name: "Your gift" })).toContainText("Choose a gift above to see your total");
    await page.getByLabel("Or your own amount, in pounds").fill("10");
    await expect(figure(page, "You pay")).toHaveText("£10.36");
    await expect(figure(page, "Gift Aid adds")).toHaveText("£2.50");
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).uncheck();
    await expect(figure(page, "Gift Aid adds")).toHaveCount(0);
    await expectAccessible(page);

    // What the form said is what checkout charges. (Coats beside a typed amount would be asked
    // about: the donor clears the amount first.)
    await page.getByLabel("Or your own amount, in pounds").fill("");
    await page.getByRole("radio", { name: /A winter coat/ }).check();
    await page.getByLabel("How many coats or packs?").fill("2");
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/donate\/test-checkout\//);
    await expect(page.getByRole("button", { name: "Pay £50.97 (test)" })).toBeVisible();
    await page.context().close();
  });

  test("cancelling at checkout brings back the whole form, in this browser only", async ({ browser }) => {
    const page = await visitor(browser);
    const firstName = `Amira${Date.now()}`;
    await page.goto("/donate");
    await fillEverything(page, firstName);
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/donate\/test-checkout\//);
    await page.getByRole("button", { name: "Cancel and go back" }).click();
    await expect(page).toHaveURL(/\/donate\?cancelled=1$/);
    await expect(page.getByText("Your choices are below, just as you left them")).toBeVisible();
    await expectEverything(page, firstName);
    await expectAccessible(page);

    // The same address in another browser shows a fresh form: nobody else sees this donor's address.
    const stranger = await visitor(browser);
    await stranger.goto(page.url());
    await expect(stranger.getByText("Your payment was cancelled")).toBeVisible();
    await expect(stranger.getByLabel("First name")).toHaveValue("");
    expect(await stranger.content()).not.toContain(firstName);
    await Promise.all([page.context().close(), stranger.context().close()]);
  });

  test("the thank-you page thanks only a real, paid session; anything else gets a neutral page", async ({ browser }) => {
    const page = await visitor(browser);
    for (const address of ["/donate/thank-you", "/donate/thank-you?session_id=cs_test_local_made_up&name=Mallory", "/donate/thank-you?name=show"]) {
      await page.goto(address);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nothing to confirm here");
      await expect(page.getByRole("main").getByText(/gift of|Thank you/)).toHaveCount(0);
      // (Only the router's own record of the address, in its script data, still holds the query.)
      expect(await page.getByRole("main").innerText()).not.toContain("Mallory");
    }
    await expectAccessible(page);

    // A checkout opened but never paid: no thanks either.
    await page.goto("/donate?gift=pack");
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/donate\/test-checkout\//);
    const sessionId = page.url().split("/").pop() ?? "";
    await page.goto(`/donate/thank-you?session_id=${sessionId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We’re waiting to hear from our payment provider");
    await expect(page.getByRole("main").getByText(/gift of/)).toHaveCount(0);
    await page.context().close();
  });
});

test.describe("donating without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused gift comes back with its problems listed at the top and every value kept", async ({ browser }) => {
    const page = await visitor(browser, false);
    const firstName = `Jo${Date.now()}`;
    await page.goto("/donate?gift=coat");
    await page.getByLabel("How many coats or packs?").fill("25");
    await page.getByRole("radio", { name: /Every month/ }).check();
    await page.getByRole("checkbox", { name: /card fee/ }).check();
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
    await page.getByLabel("First name").fill(firstName);
    await page.getByLabel("Last name").fill("Bloggs");
    await page.getByLabel("House name or number").fill("12");
    await page.getByLabel("Street and town").fill("Harbour Street, Dover");
    await page.getByLabel("Postcode").fill("CT16 1AA");
    await continueButton(page).click();

    await expect(page).toHaveURL(/\/donate#donate-problem$/);
    const summary = summaryOf(page);
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: "Choose how many, from 1 to 20" })).toHaveAttribute("href", "#donate-quantity");
    await expect(summary.getByRole("link", { name: /Please confirm you are a UK taxpayer/ })).toHaveAttribute("href", "#donate-giftAidConfirm");
    await expect(page.getByLabel("How many coats or packs?")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("checkbox", { name: /I confirm I am a UK taxpayer/ })).toHaveAttribute("aria-invalid", "true");

    await expect(page.getByLabel("How many coats or packs?")).toHaveValue("25");
    await expect(page.getByRole("radio", { name: /Every month/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /card fee/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /add Gift Aid/ })).toBeChecked();
    await expect(page.getByLabel("First name")).toHaveValue(firstName);
    await expect(page.getByLabel("Last name")).toHaveValue("Bloggs");
    await expect(page.getByLabel("House name or number")).toHaveValue("12");
    await expect(page.getByLabel("Street and town")).toHaveValue("Harbour Street, Dover");
    await expect(page.getByLabel("Postcode")).toHaveValue("CT16 1AA");
    expect(await query(`SELECT 1 FROM "GiftAidDeclaration" WHERE "firstName" = $1`, [firstName])).toHaveLength(0);

    // Corrected, it goes through.
    await page.getByLabel("How many coats or packs?").fill("2");
    await page.getByRole("checkbox", { name: /I confirm I am a UK taxpayer/ }).check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/donate\/test-checkout\//);
    await page.context().close();
  });

  test("values longer than the form takes are refused beside their fields and come back whole, to this browser alone", async ({ browser }) => {
    const page = await visitor(browser, false);
    const firstName = `Johannes${Date.now()}`.padEnd(60, "x"); // the most is 35
    const addressLine = `${"Flat 4, The Old Rope Works, Harbour Street, Dover, ".repeat(5)}Kent`; // 259: the most is 100
    await page.goto("/donate?gift=coat");
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
    await page.getByLabel("First name").fill(firstName);
    await page.getByLabel("Last name").fill("Bloggs");
    await page.getByLabel("House name or number").fill("12");
    await page.getByLabel("Street and town").fill(addressLine);
    await page.getByLabel("Postcode").fill("CT16 1AA");
    await page.getByRole("checkbox", { name: /I confirm I am a UK taxpayer/ }).check();
    await continueButton(page).click();

    // Nothing of what was typed is in the address.
    await expect(page).toHaveURL(/\/donate#donate-problem$/);
    const summary = summaryOf(page);
    await expect(summary.getByRole("link", { name: "First name must be 35 characters or fewer" })).toHaveAttribute("href", "#donate-firstName");
    await expect(summary.getByRole("link", { name: "Address must be 100 characters or fewer" })).toHaveAttribute("href", "#donate-addressLine");
    await expect(page.getByLabel("First name")).toHaveValue(firstName);
    await expect(page.getByLabel("Street and town")).toHaveValue(addressLine);
    await expect(page.getByLabel("Last name")).toHaveValue("Bloggs");
    await expect(page.getByRole("checkbox", { name: /I confirm I am a UK taxpayer/ })).toBeChecked();

    // The browser holds only a key, for /donate; another browser's /donate shows none of it.
    const [cookie] = (await page.context().cookies()).filter((c) => c.name === "form-answer-donate");
    expect(cookie).toMatchObject({ path: "/donate", httpOnly: true, sameSite: "Lax" });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const other = await visitor(browser, false);
    await other.goto("/donate?gift=coat");
    await expect(other.getByLabel("First name")).toHaveValue("");
    await expect(summaryOf(other)).toHaveCount(0);
    await other.context().close();
    await page.context().close();
  });

  test("an amount typed while a coat is chosen is asked about, never charged as coats", async ({ browser }) => {
    const page = await visitor(browser, false);
    await page.goto("/donate");
    await expect(page.getByRole("radio", { name: /A winter coat/ })).toBeChecked();
    await page.getByLabel("Or your own amount, in pounds").fill("37.25");
    await page.getByRole("checkbox", { name: /card fee/ }).check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/donate#donate-problem$/);
    await expectAskedWhich(page, "37.25", 3725);
    await page.context().close();
  });

  test("the running total is in the page, and the fee and Gift Aid lines follow their boxes", async ({ browser }) => {
    const page = await visitor(browser, false);
    await page.goto("/donate?gift=coat&quantity=2");
    await expect(figure(page, "You pay")).toHaveText("£50");
    await expect(figure(page, "Card fee you’re covering")).toHaveCount(0);
    await expect(figure(page, "Gift Aid adds")).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Add £0.97 to cover the card fee, so that all of my gift goes to the appeal" }).check();
    await expect(figure(page, "Card fee you’re covering")).toHaveText("£0.97");
    await expect(figure(page, "You pay")).toHaveText("£50.97");
    await page.getByRole("checkbox", { name: /add Gift Aid/ }).check();
    await expect(figure(page, "Gift Aid adds")).toHaveText("£12.50");
    await page.context().close();
  });

  test("cancelling at checkout brings back the whole form", async ({ browser }) => {
    const page = await visitor(browser, false);
    const firstName = `Amira${Date.now()}`;
    await page.goto("/donate");
    await fillEverything(page, firstName);
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/donate\/test-checkout\//);
    await page.getByRole("button", { name: "Cancel and go back" }).click();
    await expect(page).toHaveURL(/\/donate\?cancelled=1$/);
    await expectEverything(page, firstName);
    await page.context().close();
  });

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
