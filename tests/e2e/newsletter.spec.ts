import { expect, test, type Browser, type Page } from "@playwright/test";
import { contextFrom, freshAddress } from "./client-address";
import { expectAccessible, linkFromOutbox, query, unsubscribeLink } from "./support";

/** A page in a browser of its own, from an address no other test uses (rate limits stay apart). */
async function visitor(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await contextFrom(browser, freshAddress(), { javaScriptEnabled });
  return context.newPage();
}

test.describe("newsletter", () => {
  test("sign up on the appeal, confirm from the email in the outbox, unsubscribe, resubscribe", async ({ page, request }) => {
    const email = `reader-${Date.now()}@example.org`;
    await page.goto("/");
    const box = page.locator("section", { has: page.getByRole("heading", { name: "Updates by email" }) });
    await box.getByLabel("Email address").fill(email.toUpperCase());
    await box.getByRole("button", { name: "Sign up" }).click();
    await expect(box.getByRole("status")).toContainText("We’ve sent you an email");

    // The confirmation arrives through the queue; opening the link alone changes nothing.
    const confirm = await linkFromOutbox(email, /https?:\/\/[^\s"<>]+\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/);
    await page.goto(new URL(confirm).pathname + new URL(confirm).search);
    expect((await query<{ status: string }>(`SELECT status FROM "Subscriber" WHERE email = $1`, [email]))[0]?.status).toBe("PENDING");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await expect(page.getByRole("heading", { name: "You’re subscribed" })).toBeVisible();
    const [row] = await query<{ id: string; status: string }>(`SELECT id, status FROM "Subscriber" WHERE email = $1`, [email]);
    expect(row?.status).toBe("CONFIRMED");

    // The same link a second time explains itself.
    await page.goto(new URL(confirm).pathname + new URL(confirm).search);
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await expect(page.getByRole("heading", { name: "This link can’t be used" })).toBeVisible();

    // Unsubscribe from the personal link, then change our mind.
    await page.goto(await unsubscribeLink(row?.id ?? ""));
    await expect(page.getByText(email)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { name: "You’re unsubscribed" })).toBeVisible();
    expect((await query<{ status: string }>(`SELECT status FROM "Subscriber" WHERE id = $1`, [row?.id]))[0]?.status).toBe("UNSUBSCRIBED");
    await page.getByRole("button", { name: "Resubscribe" }).click();
    await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();

    // RFC 8058 one-click: a cookieless POST, effective at once, safe to repeat.
    const oneClick = await unsubscribeLink(row?.id ?? "", true);
    for (let i = 0; i < 2; i++) {
      const response = await request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
      expect(response.status()).toBe(200);
    }
    expect((await query<{ status: string }>(`SELECT status FROM "Subscriber" WHERE id = $1`, [row?.id]))[0]?.status).toBe("UNSUBSCRIBED");
    const forged = await request.post(oneClick.replace(/t=[^&]+/, "t=forged"), { form: { "List-Unsubscribe": "One-Click" } });
    expect(forged.status()).toBe(400);
    // A link pasted three times over (a token longer than any we send) is refused as it is, never cut down and tried.
    const token = oneClick.split("t=")[1] ?? "";
    const pastedOver = await request.post(`${oneClick}${token}${token}`, { form: { "List-Unsubscribe": "One-Click" } });
    expect(pastedOver.status()).toBe(400);
  });

  test("a bad address gets a message beside the field and keeps what was typed; nothing is written", async ({ page }) => {
    await page.goto("/newsletter");
    const form = page.getByRole("main");
    await form.getByLabel("Email address").fill("not-an-address");
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByText("Enter an email address in the form name@example.org")).toBeVisible();
    await expect(form.getByLabel("Email address")).toHaveValue("not-an-address");
    await expect(form.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    expect(await query(`SELECT 1 FROM "Subscriber" WHERE email = 'not-an-address'`)).toHaveLength(0);
    await expectAccessible(page);
  });

  test("an unknown or tampered link explains what to do next", async ({ page }) => {
    await page.goto("/newsletter/unsubscribe?s=nobody&t=nothing");
    await expect(page.getByRole("heading", { name: "This unsubscribe link can’t be used" })).toBeVisible();
    await page.goto("/newsletter/confirm?token=tampered");
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await expect(page.getByRole("heading", { name: "This link can’t be used" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign up again" })).toHaveAttribute("href", "/newsletter");
  });

  test("a confirmation link longer than any we send is refused as it is, never cut down and tried", async ({ page }) => {
    await page.goto(`/newsletter/confirm?token=${"A".repeat(43)}${"-pasted-twice".repeat(10)}`);
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^This link is longer than any we send, so it can’t be used/);
  });
});

test.describe("newsletter without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing up works as a plain form post, errors included", async ({ page }) => {
    await page.goto("/newsletter");
    const form = page.getByRole("main");
    await form.getByLabel("Email address").fill("no-js@example");
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByText("Enter an email address in the form name@example.org")).toBeVisible();
    await expect(form.getByLabel("Email address")).toHaveValue("no-js@example");

    const email = `no-js-${Date.now()}@example.org`;
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByRole("status")).toContainText("We’ve sent you an email");
    await linkFromOutbox(email, /\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/);
  });

  test("a signup from the appeal's footer box comes back on /newsletter with its message and the address kept", async ({ browser }) => {
    const page = await visitor(browser, false);
    await page.goto("/");
    const box = page.locator("section", { has: page.getByRole("heading", { name: "Updates by email" }) });
    await box.getByLabel("Email address").fill("not-an-address");
    await box.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/newsletter#signup$/);
    const signup = page.locator("#signup");
    await expect(signup.getByText("Enter an email address in the form name@example.org")).toBeVisible();
    await expect(signup.getByLabel("Email address")).toHaveValue("not-an-address");
    await expect(signup.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    expect(await query(`SELECT 1 FROM "Subscriber" WHERE email = 'not-an-address'`)).toHaveLength(0);
    await page.context().close();
  });

  test("unsubscribing and resubscribing from the email's link answer on the same link", async ({ browser }) => {
    const page = await visitor(browser, false);
    const email = `no-js-leave-${Date.now()}@example.org`;
    const [row] = await query<{ id: string }>(
      `INSERT INTO "Subscriber" (id, email, status, "confirmedAt", "createdAt", "updatedAt") VALUES (gen_random_uuid()::text, $1, 'CONFIRMED', now(), now(), now()) RETURNING id`,
      [email],
    );
    const link = await unsubscribeLink(row?.id ?? "");
    await page.goto(link);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { name: "You’re unsubscribed" })).toBeVisible();
    expect((await query<{ status: string }>(`SELECT status FROM "Subscriber" WHERE id = $1`, [row?.id]))[0]?.status).toBe("UNSUBSCRIBED");

    // The answer comes back to the same link (a redirect after the post), never in the address.
    await page.getByRole("button", { name: "Resubscribe" }).click();
    await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("status")).toContainText("We’ve sent you an email");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(link);
    await linkFromOutbox(email, /\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/);
    await page.context().close();
  });

  test("confirming from the email says you’re subscribed", async ({ browser }) => {
    const page = await visitor(browser, false);
    const email = `no-js-confirm-${Date.now()}@example.org`;
    await page.goto("/newsletter");
    const form = page.getByRole("main");
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Sign up" }).click();
    await expect(form.getByRole("status")).toContainText("We’ve sent you an email");
    const confirm = await linkFromOutbox(email, /https?:\/\/[^\s"<>]+\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/);
    await page.goto(new URL(confirm).pathname + new URL(confirm).search);
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await expect(page.getByRole("heading", { name: "You’re subscribed" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Confirm my subscription" })).toHaveCount(0);
    expect((await query<{ status: string }>(`SELECT status FROM "Subscriber" WHERE email = $1`, [email]))[0]?.status).toBe("CONFIRMED");
    await page.context().close();
  });
});
