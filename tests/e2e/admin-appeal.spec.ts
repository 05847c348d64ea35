import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, query, signIn } from "./support";

// Changes the appeal every visitor sees, so it runs in the "staff" project after the read-only
// tests (playwright.config.ts), signed in as staff of its own.
const ADMIN = "appeal-admin@example.org";
const EDITOR = "appeal-editor@example.org";

async function addStaff(email: string, role: "ADMIN" | "EDITOR") {
  await query(`INSERT INTO "User" (id, email, role, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now()) ON CONFLICT (email) DO NOTHING`, [
    crypto.randomUUID(),
    email,
    role,
  ]);
}

async function staffPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** What a signed-out visitor's home page says: the headline, and the progress bar's figures. */
async function visitorSees(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  const bar = page.getByRole("progressbar", { name: "Coats toward the goal" }).first();
  const seen = {
    headline: await page.getByRole("heading", { level: 1 }).textContent(),
    funded: Number(await bar.getAttribute("aria-valuenow")),
    goal: Number(await bar.getAttribute("aria-valuemax")),
  };
  await context.close();
  return seen;
}

test.describe("the appeal in the staff area", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

  let editor: Page;
  test.beforeAll(async ({ browser }) => {
    await addStaff(ADMIN, "ADMIN");
    await addStaff(EDITOR, "EDITOR");
    editor = await staffPage(browser, EDITOR);
  });
  test.afterAll(async () => {
    await editor.context().close();
  });

  test("an editor changes the headline and an admin the goal; a signed-out visitor sees both on / at once", async ({ browser }) => {
    test.setTimeout(180_000); // two members of staff sign in, and each change is checked as a visitor
    await editor.goto("/admin");
    await editor.getByRole("link", { name: "The appeal" }).click();
    await expect(editor.getByRole("heading", { level: 1, name: "The appeal" })).toBeVisible();
    await expectAccessible(editor);

    await editor.getByRole("link", { name: "Edit the words" }).click();
    await expect(editor.getByRole("heading", { level: 1, name: "The appeal’s words" })).toBeVisible();
    await expectAccessible(editor);
    await editor.getByLabel("Headline").fill("Nobody should sleep out in the cold without a coat");
    await editor.getByRole("button", { name: "Save the words" }).click();
    await expect(editor.getByRole("main").getByRole("status")).toHaveText("Saved. The home page shows it now.");
    expect((await visitorSees(browser)).headline).toBe("Nobody should sleep out in the cold without a coat");

    // The goal and prices decide what donors are charged: an editor sees them, an admin changes them.
    await editor.goto("/admin/appeal");
    await editor.getByRole("link", { name: "See the goal and prices" }).click();
    await expect(editor.getByText("Only admins can change the goal and the prices")).toBeVisible();
    await expect(editor.getByRole("button", { name: "Save the goal and prices" })).toHaveCount(0);
    await expectAccessible(editor);

    const admin = await staffPage(browser, ADMIN);
    await admin.goto("/admin/appeal/goal");
    await expectAccessible(admin);
    await admin.getByLabel("Goal, in coats").fill("3,500");
    await admin.getByLabel("Price of a coat, in pounds").fill("25 pounds");
    await admin.getByRole("button", { name: "Save the goal and prices" }).click();
    // Refused beside the field, with what was typed kept.
    const price = admin.getByLabel("Price of a coat, in pounds");
    await expect(price).toHaveAccessibleDescription(/Enter the price of a coat in pounds, like 25 or 12\.50/);
    await expect(price).toHaveAttribute("aria-invalid", "true");
    await expect(admin.getByLabel("Goal, in coats")).toHaveValue("3,500");
    await price.fill("25.00");
    await admin.getByRole("button", { name: "Save the goal and prices" }).click();
    // It says exactly what changed: the goal, not the price typed again as it was.
    await expect(admin.getByRole("main").getByRole("status")).toHaveText(
      "Saved: the goal is now 3,500 coats (it was 3,000). The site’s pages, the progress widget, the share cards, the donation form and the emails sent from now on state the new figure.",
    );
    await expect(price).toHaveValue("25");
    expect((await visitorSees(browser)).goal).toBe(3500);
    await admin.context().close();
  });

  test("the coat wall's pages name the hashtag staff set, at once", async ({ browser }) => {
    const [current] = await query<{ hashtag: string }>(`SELECT hashtag FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`);
    const setHashtag = async (tag: string) => {
      await editor.goto("/admin/appeal/copy");
      await editor.getByLabel("Hashtag, without the #").fill(tag);
      await editor.getByRole("button", { name: "Save the words" }).click();
      await expect(editor.getByRole("main").getByRole("status")).toHaveText("Saved. The home page shows it now.");
    };
    await setHashtag("WarmThisWinter");
    try {
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto("/coat-wall");
      await expect(visitor.getByRole("main").getByText("#WarmThisWinter", { exact: true })).toBeVisible();
      await expect(visitor.locator('meta[name="description"]')).toHaveAttribute("content", /^Supporters of the #WarmThisWinter appeal/);
      await visitor.goto("/coat-wall/add");
      await expect(visitor.locator('meta[name="description"]')).toHaveAttribute("content", /joins the #WarmThisWinter wall/);
      await visitor.context().close();
    } finally {
      // The wall's own tests, later, share the campaign's hashtag as it was.
      await setHashtag(current?.hashtag ?? "Coat4Calais");
    }
  });

  test("two staff saving the same section: the later one is told, keeps what they typed, and overwrites nothing", async ({ browser }) => {
    const admin = await staffPage(browser, ADMIN);
    await admin.goto("/admin/appeal/copy");
    await editor.goto("/admin/appeal/copy");

    await admin.getByLabel("Headline").fill("A coat for everyone sleeping out this winter");
    await admin.getByRole("button", { name: "Save the words" }).click();
    await expect(admin.getByRole("main").getByRole("status")).toContainText("Saved.");

    await editor.getByLabel("Headline").fill("A headline nobody will see");
    await editor.getByRole("button", { name: "Save the words" }).click();
    await expect(editor.getByRole("main").getByRole("alert")).toContainText("Someone else changed the appeal after you opened this page");
    await expect(editor.getByLabel("Headline")).toHaveValue("A headline nobody will see");
    // Pressing save again is still refused: the form keeps the version it was opened with.
    await editor.getByRole("button", { name: "Save the words" }).click();
    await expect(editor.getByRole("main").getByRole("alert")).toContainText("Someone else changed the appeal");
    expect((await visitorSees(browser)).headline).toBe("A coat for everyone sleeping out this winter");
    await admin.context().close();
  });

  test("the figures, the video and the ways to help have their own pages", async () => {
    await editor.goto("/admin/appeal/figures");
    await expect(editor.getByRole("group", { name: "Figure 1: Calais and Dunkirk" })).toBeVisible();
    await expectAccessible(editor);
    // A figure that makes no sense is refused beside its field, with what was typed kept.
    await editor
      .getByRole("group", { name: /^Add a figure/ })
      .getByLabel("Place")
      .fill("Lille");
    await editor.getByRole("button", { name: "Save the figures" }).click();
    const lille = editor.getByRole("group", { name: "Figure 4: Lille" });
    await expect(lille.getByLabel("People", { exact: true })).toHaveAccessibleDescription("Error: Enter the number of people as a whole number, like 1,000");
    await expect(lille.getByLabel("Place")).toHaveValue("Lille");

    await editor.goto("/admin/appeal/video");
    await expectAccessible(editor);
    await editor.getByLabel("YouTube link").fill("https://vimeo.com/76979871");
    await editor.getByRole("button", { name: "Save the video" }).click();
    await expect(editor.getByLabel("YouTube link")).toHaveAccessibleDescription(/Paste a YouTube link starting with https:\/\//);

    await editor.goto("/admin/appeal/ways");
    await expect(editor.getByRole("group", { name: "Way 2" }).getByLabel("Button leads to")).toHaveValue("/donate?gift=coat");
    await expectAccessible(editor);
  });

  test("without JavaScript the forms still save, and say when they did not", async ({ browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await editor.context().cookies());
    const page = await noScript.newPage();

    // Reordering is part of the save: Calais and Dunkirk moves to the end.
    await page.goto("/admin/appeal/figures");
    await page.getByRole("group", { name: "Figure 1: Calais and Dunkirk" }).getByLabel("Show it as figure number").selectOption("3");
    await page.getByRole("button", { name: "Save the figures" }).click();
    await expect(page).toHaveURL(/\/admin\/appeal\/figures\?answer=[\w-]{24}$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved. The home page shows it now.");
    await expect(page.getByRole("group", { name: /^Figure \d:/ })).toHaveText([/^Figure 1: Brussels/, /^Figure 2: Paris/, /^Figure 3: Calais and Dunkirk/]);
    await page.goto("/");
    const figures = page.locator("section", { has: page.getByRole("heading", { name: /sleeping outside as winter sets in/ }) }).getByRole("listitem");
    await expect(figures.first()).toContainText("Brussels");

    // A refused answer is reported, naming the field, instead of silently showing the old form;
    // everything typed is kept, so nothing has to be written again.
    await page.goto("/admin/appeal/copy");
    await page.getByLabel("Headline").fill("");
    const strapline = "A strapline typed without script, kept through a refusal";
    await page.getByLabel("Strapline").fill(strapline);
    await page.getByRole("button", { name: "Save the words" }).click();
    await expect(page).toHaveURL(/\/admin\/appeal\/copy\?answer=[\w-]{24}$/);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Please check the highlighted answers.");
    await expect(alert.getByRole("link")).toHaveText(["Write the headline"]);
    await expect(page.getByLabel("Headline")).toHaveAccessibleDescription(/^The largest words on the page, and its title when shared\. Error: /);
    await expect(page.getByLabel("Headline")).toHaveValue("");
    await expect(page.getByLabel("Strapline")).toHaveValue(strapline);
    expect((await query<{ strapline: string }>(`SELECT strapline FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`))[0]?.strapline).not.toBe(strapline);
    const reported = page.url();
    await noScript.close();
    // axe needs script: check the same answer in the editor's own browser.
    await editor.goto(reported);
    await expectAccessible(editor);
  });

  test("without JavaScript a refused goal comes back with its messages and everything typed", async ({ browser }) => {
    const admin = await staffPage(browser, ADMIN);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await admin.context().cookies());
    const page = await noScript.newPage();
    const before = await query(`SELECT "goalCoats", "coatPricePence", "packPricePence" FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`);
    await page.goto("/admin/appeal/goal");
    await page.getByLabel("Goal, in coats").fill("lots");
    await page.getByLabel("Price of a coat, in pounds").fill("27.50");
    await page.getByRole("button", { name: "Save the goal and prices" }).click();
    await expect(page).toHaveURL(/\/admin\/appeal\/goal\?answer=[\w-]{24}$/);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Please check the highlighted answers.");
    await expect(alert.getByRole("link")).toHaveCount(1);
    await expect(page.getByLabel("Goal, in coats")).toHaveAccessibleDescription(/^How many coats the appeal sets out to fund\. Error: /);
    await expect(page.getByLabel("Goal, in coats")).toHaveValue("lots");
    await expect(page.getByLabel("Price of a coat, in pounds")).toHaveValue("27.50");
    expect(await query(`SELECT "goalCoats", "coatPricePence", "packPricePence" FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`)).toEqual(before);
    const reported = page.url();
    await noScript.close();
    // axe needs script: check the same answer in the admin's own browser.
    await admin.goto(reported);
    await expect(admin.getByLabel("Goal, in coats")).toHaveValue("lots");
    await expectAccessible(admin);
    await admin.context().close();
  });

  test("coats received in kind raise the progress on / at once, and a mistaken record can be removed", async ({ browser }) => {
    const before = (await visitorSees(browser)).funded;
    await editor.goto("/admin/appeal/in-kind");
    await expectAccessible(editor);
    await editor.getByLabel("Coats received").fill("40");
    await editor.getByLabel("Note (optional)").fill("A car boot full from St Mary’s school, Dover");
    await editor.getByRole("button", { name: "Record the coats" }).click();
    await expect(editor.getByRole("main").getByRole("status")).toContainText("Recorded 40 coats received on");
    await expect(editor.getByRole("listitem").filter({ hasText: "St Mary’s school" })).toBeVisible();
    expect((await visitorSees(browser)).funded).toBe(before + 40);
    // Handed in, not funded: the coats count toward the goal, and no money is claimed for them.
    const api = (await (await editor.request.get("/api/progress")).json()) as { coatsTowardGoal: number; coatsHandedIn: number; coatsFunded: number };
    expect(api.coatsTowardGoal).toBe(before + 40);
    expect(api.coatsTowardGoal - api.coatsFunded).toBe(api.coatsHandedIn);

    await editor
      .getByRole("link", { name: /^Remove: 40 coats on/ })
      .first()
      .click();
    await expect(editor.getByRole("heading", { level: 1, name: "Remove this delivery?" })).toBeVisible();
    await expectAccessible(editor);
    await editor.getByRole("button", { name: "Yes, remove 40 coats" }).click();
    await expect(editor).toHaveURL(/\/admin\/appeal\/in-kind\?removed=40$/);
    await expect(editor.getByRole("main").getByRole("status").first()).toHaveText("Removed: 40 coats taken off the count.");
    expect((await visitorSees(browser)).funded).toBe(before);
  });

  test("a donation's own page shows its gift, donor, Gift Aid and Stripe events to admins only", async ({ browser }) => {
    const id = crypto.randomUUID();
    const suffix = id.replace(/-/g, "").slice(0, 16);
    // A refunded gift (so the appeal's progress is unchanged), as the webhook leaves one.
    await query(
      `WITH declaration AS (
         INSERT INTO "GiftAidDeclaration" (id, "firstName", "lastName", "houseNameOrNumber", "addressLine", postcode, scope, "wordingVersion", wording)
         VALUES ($1 || '-gad', 'Ada', 'Lovelace', '7', 'Castle Street, Dover', 'CT16 1PT', 'ENDURING', 'hmrc-model-2026-1', 'I want to Gift Aid my donation…') RETURNING id)
       INSERT INTO "Donation" (id, "campaignId", kind, quantity, "amountPence", "feePence", "refundedPence", status, "donorEmail", "donorName", "attemptKey",
         "stripeSessionId", "stripePaymentIntentId", "giftAidDeclarationId", "createdAt", "paidAt", "refundedAt", "updatedAt", livemode)
       SELECT $1, (SELECT id FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1), 'COAT', 2, 5000, 96, 5000, 'REFUNDED', 'ada.detail@example.org', 'Ada Lovelace', $1,
         'cs_test_' || $2, 'pi_' || $2, declaration.id, now() - interval '3 hours', now() - interval '2 hours', now() - interval '1 hour', now(), false FROM declaration`,
      [id, suffix],
    );
    // Inserted out of order: the page lists them in the order Stripe created them.
    await query(
      `INSERT INTO "StripeEvent" (id, type, "donationId", "createdAt", "appliedAt") VALUES
         ('evt_refund_' || $2, 'charge.refunded', $1, now() - interval '1 hour', now() - interval '1 hour'),
         ('evt_paid_' || $2, 'checkout.session.completed', $1, now() - interval '2 hours', now() - interval '2 hours')`,
      [id, suffix],
    );

    const admin = await staffPage(browser, ADMIN);
    await admin.goto("/admin/donations?status=REFUNDED");
    // Each row of the list links to its donation's page.
    await admin.locator(`a[href="/admin/donations/${id}"]`).click();
    await expect(admin).toHaveURL(new RegExp(`/admin/donations/${id}$`));
    await expect(admin.getByRole("heading", { level: 1, name: "2 winter coats" })).toBeVisible();
    await expect(admin.getByText("ada.detail@example.org")).toBeVisible();
    await expect(admin.getByText("CT16 1PT")).toBeVisible();
    const events = admin.getByRole("table", { name: /Stripe events/ }).getByRole("row");
    await expect(events).toHaveCount(3);
    await expect(events.nth(1)).toContainText("checkout.session.completed");
    await expect(events.nth(2)).toContainText("charge.refunded");
    await expect(admin.getByRole("region", { name: "Status: Refunded" }).getByRole("listitem")).toHaveText([/^Created/, /^Paid/, /^Refunded/]);
    await expectAccessible(admin);
    // An unknown id is not found: a 404, answered at the door (lib/security/staff-door.ts).
    const missing = await admin.goto("/admin/donations/no-such-donation");
    expect(missing?.status()).toBe(404);
    await expect(admin.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
    await expect(admin.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
    await admin.context().close();

    await editor.goto(`/admin/donations/${id}`);
    await expect(editor.getByRole("heading", { name: "Admins only" })).toBeVisible();
    await expect(editor.getByRole("main")).not.toContainText("Ada");
    await expect(editor.getByRole("main")).not.toContainText("ada.detail@example.org");
  });
});
