import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, linkFromOutbox, outboxFor, query } from "./support";

// A monthly donor's page, /donate/manage, in test mode: links that expire and can be re-sent,
// and cancelling that asks once more and confirms by email. Each test makes its own monthly gift
// (as tests/e2e/donate.spec.ts does), so they run side by side; each runs with and without script.

const MANAGE_LINK = /http:\/\/[^\s"<>]+\/donate\/manage\?d=[^\s"<>\]]+/;

/** A monthly coat paid at the built-in test checkout; returns the donor's address. */
async function giveMonthly(page: Page, email: string): Promise<void> {
  await page.goto("/donate?gift=coat&frequency=monthly");
  await page.getByRole("button", { name: "Continue to secure payment" }).click();
  await expect(page).toHaveURL(/\/donate\/test-checkout\/cs_test_local_/);
  await page.getByLabel("Email for your receipt").fill(email);
  await page.getByLabel("Name on the card").fill("Robin Monthly");
  await page.getByRole("button", { name: /^Pay £25/ }).click();
  await expect(page).toHaveURL(/\/donate\/thank-you\?session_id=/);
}

/** The same signed, dated token as lib/donations/manage-link.ts, with any expiry. */
function tokenFor(donationId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  const signature = crypto
    .createHmac("sha256", process.env.E2E_AUTH_SECRET ?? "")
    .update(`donation-manage:${donationId}.${expires}`)
    .digest("base64url");
  return `${expires}.${signature}`;
}

/** The re-send form (the footer has a newsletter form with an "Email address" of its own). */
const requestForm = (page: Page) => page.getByRole("form", { name: "Email me a new link" });

const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};

for (const script of [true, false]) {
  const how = script ? "with script" : "without script";

  test.describe(`managing a monthly gift ${how}`, () => {
    test.use({ javaScriptEnabled: script });
    // Each test pays for a gift and follows several emails: generous on a busy machine.
    test.setTimeout(180_000);

    test("cancelling asks once more; 'Keep my gift' keeps it; 'Yes' cancels it and one confirmation email arrives", async ({ page }) => {
      const email = `monthly-cancel-${script ? "js" : "nojs"}-${Date.now()}@example.org`;
      await giveMonthly(page, email);
      const link = await linkFromOutbox(email, MANAGE_LINK);
      const donationId = new URL(link).searchParams.get("d") ?? "";
      const ended = async () =>
        (await query<{ ended: boolean }>(`SELECT "subscriptionEndedAt" IS NOT NULL AS ended FROM "Donation" WHERE id = $1`, [donationId]))[0]?.ended;

      await page.goto(pathOf(link));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your monthly gift");
      await page.getByRole("link", { name: "Cancel my monthly gift" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel your monthly gift?");
      await expect(page.getByText("1 winter coat every month will stop")).toBeVisible();
      if (script) await expectAccessible(page);

      await page.getByRole("link", { name: "Keep my gift" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your monthly gift");
      await expect(page.getByRole("link", { name: "Cancel my monthly gift" })).toBeVisible();
      expect(await ended()).toBe(false);

      await page.getByRole("link", { name: "Cancel my monthly gift" }).click();
      await page.getByRole("button", { name: "Yes, cancel my monthly gift" }).click();
      await expect(page.getByText(/1 winter coat every month: cancelled/)).toBeVisible();
      await expect(page.getByRole("link", { name: "Cancel my monthly gift" })).toHaveCount(0);
      expect(await ended()).toBe(true);

      const cancelled = async () => (await outboxFor(email)).filter((m) => m.includes("Your monthly gift has stopped"));
      await expect.poll(async () => (await cancelled()).length, { timeout: 20_000 }).toBe(1);
      expect((await cancelled())[0]).toContain("No further payments will be taken");
      // Cancelling again from the same page changes nothing and sends nothing more.
      await page.goto(`${pathOf(link)}&step=cancel`);
      await expect(page.getByRole("button", { name: "Yes, cancel my monthly gift" })).toHaveCount(0);
      expect((await cancelled()).length).toBe(1);
    });

    test("an expired or tampered link says so and offers a new one; the new link arrives and works; unknown addresses get the same answer", async ({
      page,
    }) => {
      const email = `monthly-resend-${script ? "js" : "nojs"}-${Date.now()}@example.org`;
      await giveMonthly(page, email);
      const link = await linkFromOutbox(email, MANAGE_LINK);
      const donationId = new URL(link).searchParams.get("d") ?? "";

      await page.goto(`/donate/manage?d=${donationId}&t=${tokenFor(donationId, new Date(Date.now() - 60_000))}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has expired");
      await expect(requestForm(page).getByRole("button", { name: "Email me a new link" })).toBeVisible();
      if (script) await expectAccessible(page);

      // A later expiry with the old signature: not ours.
      const [expires, signature] = tokenFor(donationId, new Date(Date.now() - 60_000)).split(".");
      await page.goto(`/donate/manage?d=${donationId}&t=${Number(expires) + 86_400 * 365}.${signature}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link can’t be used");

      // A mistyped address: a message beside the field, and what was typed is kept.
      await requestForm(page).getByLabel("Email address").fill("not-an-address");
      await requestForm(page).getByRole("button", { name: "Email me a new link" }).click();
      await expect(page.getByText("Enter an email address in the form name@example.org")).toBeVisible();
      await expect(requestForm(page).getByLabel("Email address")).toHaveValue("not-an-address");

      const neutral = "If that address has a monthly gift with us, we’ve sent a link to manage it.";
      const stranger = `nobody-${script ? "js" : "nojs"}-${Date.now()}@example.org`;
      await page.goto("/donate/manage");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manage your monthly gift");
      await requestForm(page).getByLabel("Email address").fill(stranger);
      await requestForm(page).getByRole("button", { name: "Email me a new link" }).click();
      await expect(page.getByText(neutral)).toBeVisible();

      await page.goto("/donate/manage");
      await requestForm(page).getByLabel("Email address").fill(email.toUpperCase());
      await requestForm(page).getByRole("button", { name: "Email me a new link" }).click();
      await expect(page.getByText(neutral)).toBeVisible();

      const fresh = async () => (await outboxFor(email)).filter((m) => m.includes("Manage this gift"));
      await expect.poll(async () => (await fresh()).length, { timeout: 20_000 }).toBe(1);
      const newLink = ((await fresh())[0]?.match(MANAGE_LINK)?.[0] ?? "").replace(/&amp;/g, "&");
      expect(new URL(newLink).searchParams.get("d")).toBe(donationId);
      await page.goto(pathOf(newLink));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your monthly gift");
      expect(await outboxFor(stranger)).toEqual([]);
    });

    test("a link longer than any we send is refused as it is, never cut down and tried", async ({ page }) => {
      const [expires, signature] = tokenFor("no-such-gift", new Date(Date.now() + 86_400_000)).split(".");
      await page.goto(`/donate/manage?d=no-such-gift&t=${expires}.${signature}${`.${signature}`.repeat(4)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link can’t be used");
      await expect(page.getByText("This link is longer than any we send, so it can’t be used")).toBeVisible();
      await expect(requestForm(page).getByRole("button", { name: "Email me a new link" })).toBeVisible();
    });
  });
}
