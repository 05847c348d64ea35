// Coat drives end to end (issue #18), in the "drives" phase: a head teacher starts a drive (no
// script needed), confirms it from the email in the outbox, an admin approves it, a parent gives
// through its page on the built-in test checkout, and the drive's total and the appeal's both move
// once, however often Stripe delivers the events; a refund takes the gift off both. Axe checks
// every page on the way.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import Stripe from "stripe";
import { asUpload, phonePhoto } from "../support/image-fixtures";
import { charge, chargeRefundedEvent, checkoutEvent, checkoutSession } from "../support/stripe-events";
import { contextFrom, freshAddress } from "./client-address";
import { staffWithSession } from "./staff-sessions";
import { expectAccessible, linkFromOutbox, query } from "./support";

test.describe.configure({ mode: "default" });

async function progress(page: Page) {
  return (await (await page.request.get("/api/progress")).json()) as { coatsFunded: number; raisedPence: number; donationCount: number };
}

/** The drive's own progress line, as its page shows it ("2 of 30 coats"). */
async function driveCoats(page: Page, slug: string): Promise<string> {
  await page.goto(`/coat-drives/${slug}`);
  return (await page.getByRole("heading", { level: 2 }).first().textContent()) ?? "";
}

/** Signs `event` with the site's test webhook secret and posts it to the webhook, as Stripe would. */
async function deliver(page: Page, event: Stripe.Event) {
  const secret = fs.readFileSync(path.join(process.env.E2E_DATA_DIR ?? "", "stripe-webhook-secret"), "utf8").trim();
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  const response = await page.request.post("/api/stripe/webhook", {
    data: payload,
    headers: { "Stripe-Signature": signature, "Content-Type": "application/json" },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { outcome: string }).outcome;
}

async function adminPage(browser: Browser): Promise<Page> {
  const admin = await staffWithSession("admin", "drives");
  const context = await browser.newContext();
  const [name, value] = admin.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

test("start → confirm → approve → give through the drive → both totals move once → refund → both move back", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const organiser = `head-${stamp}@stmarys.example`;
  const name = `St Mary’s coat drive ${stamp}`;

  // Start, without script: a plain form post.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const start = await noScript.newPage();
  await start.goto("/coat-drives/start");
  // The site footer has a newsletter form of its own: look inside this one.
  const form = start.locator("#start");
  await form.getByRole("button", { name: "Start my coat drive" }).click();
  await expect(form.getByRole("alert")).toContainText("There’s a problem with your coat drive");
  await form.getByLabel("Your name").fill("Jo Head");
  await form.getByLabel("Email address").fill(organiser);
  await form.getByLabel("The drive’s name").fill(name);
  await form.getByRole("radio", { name: "A school" }).check();
  await form.getByLabel("Goal, in coats").fill("30");
  await start
    .getByLabel("Your story")
    .fill("Our pupils are collecting coats all December.\n\n**Every coat** keeps someone warm. ![tracker](https://example.com/t.png)");
  await form.getByRole("checkbox", { name: /I’ll run this drive as described/ }).check();
  await form.getByRole("button", { name: "Start my coat drive" }).click();
  await expect(start.getByRole("heading", { name: "Check your email" })).toBeVisible({ timeout: 30_000 });
  await noScript.close();

  const [drive] = await query<{ id: string; slug: string; status: string }>(`SELECT id, slug, status FROM "CoatDrive" WHERE "organiserEmail" = $1`, [
    organiser,
  ]);
  expect(drive?.status).toBe("PENDING_CONFIRMATION");
  const slug = drive!.slug;
  // Not public before it is approved.
  const page = await (await browser.newContext()).newPage();
  expect((await page.request.get(`/coat-drives/${slug}`)).status()).toBe(404);

  // axe needs script: the start page is checked in a browser that runs it.
  await page.goto("/coat-drives/start");
  await expectAccessible(page);

  // Confirm from the email: a button press on the page the link opens.
  const confirm = await linkFromOutbox(organiser, /https?:\/\/[^\s"<>]+\/coat-drives\/confirm\?token=[A-Za-z0-9_-]{43}/);
  await page.goto(confirm);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my coat drive" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your coat drive is with our team" })).toBeVisible();
  await linkFromOutbox(organiser, /https?:\/\/[^\s"<>]+\/coat-drives\/edit\/[A-Za-z0-9_-]{43}/);

  // An admin approves it.
  const admin = await adminPage(browser);
  await admin.goto("/admin/coat-drives");
  await admin.getByRole("main").getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Approve and put live" }).click();
  await expect(admin.getByText("Approved: the drive is live.")).toBeVisible();

  // The drive is public, with its story sanitised (no image from the organiser's Markdown).
  await expect.poll(() => driveCoats(page, slug)).toBe("0 of 30 coats");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("strong", { hasText: "Every coat" })).toBeVisible();
  await expect(page.locator("article img")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/coat-drives");
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);

  // A parent gives two coats through the drive.
  const appealBefore = await progress(page);
  await page.goto(`/coat-drives/${slug}`);
  await page.getByRole("link", { name: "Donate to this drive" }).click();
  await expect(page).toHaveURL(new RegExp(`/donate\\?drive=${slug}$`));
  await expect(page.getByText(`Your gift counts toward ${name}`)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("How many coats or packs?").fill("2");
  await page.getByRole("checkbox", { name: /Show the amount of my gift/ }).check();
  await page.getByRole("button", { name: "Continue to secure payment" }).click();
  await expect(page).toHaveURL(/\/donate\/test-checkout\/cs_test_local_/);
  await page.getByLabel("Email for your receipt").fill(`parent-${stamp}@example.org`);
  await page.getByLabel("Name on the card").fill("Amira Haddad");
  await page.getByRole("button", { name: "Pay £50 (test)" }).click();
  await expect(page).toHaveURL(/\/donate\/thank-you\?session_id=cs_test_local_/);

  const [gift] = await query<{ id: string; driveId: string; stripeSessionId: string; stripePaymentIntentId: string; amountPence: number }>(
    `SELECT id, "driveId", "stripeSessionId", "stripePaymentIntentId", "amountPence" FROM "Donation" WHERE "donorEmail" = $1`,
    [`parent-${stamp}@example.org`],
  );
  expect(gift?.driveId).toBe(drive!.id);

  // Stripe delivers the payment again: nothing more is counted.
  const again = checkoutEvent(
    "checkout.session.completed",
    checkoutSession({
      id: gift!.stripeSessionId,
      donationId: gift!.id,
      mode: "payment",
      amountTotal: gift!.amountPence,
      paymentIntent: gift!.stripePaymentIntentId,
    }),
  );
  await deliver(page, again); // a new event id for a gift already paid: it converges, counting nothing new
  expect(await deliver(page, again)).toBe("duplicate");

  await expect.poll(() => driveCoats(page, slug)).toBe("2 of 30 coats");
  await expect(page.getByRole("region", { name: "Recent supporters" })).toContainText("Amira gave £50");
  await expect(page.getByText("Haddad")).toHaveCount(0);
  await expectAccessible(page);
  const appealPaid = await progress(page);
  expect(appealPaid.coatsFunded - appealBefore.coatsFunded).toBe(2);
  expect(appealPaid.raisedPence - appealBefore.raisedPence).toBe(5000);
  expect(appealPaid.donationCount - appealBefore.donationCount).toBe(1);

  // The donation's admin page names the drive; the drive's admin page counts the money once.
  await admin.goto(`/admin/donations/${gift!.id}`);
  await expect(admin.getByRole("main").getByRole("link", { name })).toBeVisible();
  await admin.goto(`/admin/coat-drives/${drive!.id}`);
  await expect(admin.getByText("£50 from 1 gift")).toBeVisible();

  // A full refund, delivered twice: the gift leaves the drive and the appeal, once.
  const refund = chargeRefundedEvent(charge({ paymentIntent: gift!.stripePaymentIntentId, amount: gift!.amountPence, amountRefunded: gift!.amountPence }));
  expect(await deliver(page, refund)).toBe("applied");
  expect(await deliver(page, refund)).toBe("duplicate");
  await expect.poll(() => driveCoats(page, slug)).toBe("0 of 30 coats");
  const appealAfter = await progress(page);
  expect(appealAfter.coatsFunded).toBe(appealBefore.coatsFunded);
  expect(appealAfter.raisedPence).toBe(appealBefore.raisedPence);
  expect(appealAfter.donationCount).toBe(appealBefore.donationCount);
  await expectAccessible(page);
});

test("a photo when starting a drive, with and without script, and a new private link on request", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const organiser = `photo-${stamp}@elmroad.example`;
  const name = `Elm Road keeps warm ${stamp}`;
  const photo = asUpload("IMG_0042.jpg", await phonePhoto(1200, 900));

  // Without script: a photo chosen but not described is refused; everything typed is kept, and
  // the photo must be chosen again (a browser can't put a file back in a form).
  const noScript = await contextFrom(browser, freshAddress(), { javaScriptEnabled: false });
  const start = await noScript.newPage();
  await start.goto("/coat-drives/start");
  const form = start.locator("#start");
  await form.getByLabel("Your name").fill("Sam Rivers");
  await form.getByLabel("Email address").fill(organiser);
  await form.getByLabel("The drive’s name").fill(name);
  await form.getByRole("radio", { name: "Neighbours" }).check();
  await form.getByLabel("Goal, in coats").fill("40");
  await form.getByLabel("Your story").fill("Our street is collecting coats for the winter appeal, door to door.");
  await form.getByLabel("A photo (optional)").setInputFiles(photo);
  await form.getByRole("checkbox", { name: /I’ll run this drive as described/ }).check();
  await form.getByRole("button", { name: "Start my coat drive" }).click();
  await expect(form.getByRole("alert")).toContainText("Describe the photo for people who can’t see it");
  await expect(form.locator("#drive-photo-error")).toHaveText("Error: Your photo wasn’t saved: please choose it again.");
  await expect(form.getByLabel("The drive’s name")).toHaveValue(name);
  await expect(form.getByLabel("Your story")).toHaveValue("Our street is collecting coats for the winter appeal, door to door.");
  await form.getByLabel("A photo (optional)").setInputFiles(photo);
  await form.getByLabel("Describe the photo (needed with a photo)").fill("Neighbours with bags of coats on the doorstep");
  await form.getByRole("button", { name: "Start my coat drive" }).click();
  await expect(start.getByRole("heading", { name: "Check your email" })).toBeVisible({ timeout: 30_000 });
  await noScript.close();

  const [drive] = await query<{ id: string; photoKey: string | null; photoAlt: string | null }>(
    `SELECT id, "photoKey", "photoAlt" FROM "CoatDrive" WHERE "organiserEmail" = $1`,
    [organiser],
  );
  expect(drive?.photoKey).toMatch(/^covers\/[0-9a-f]{32}-900x1200\.webp$/);
  expect(drive?.photoAlt).toBe("Neighbours with bags of coats on the doorstep");
  const page = await (await contextFrom(browser, freshAddress())).newPage();
  const stored = await request.get(`/uploads/${drive!.photoKey}`);
  expect(stored.status()).toBe(200);
  expect(stored.headers()["content-type"]).toBe("image/webp");

  // With script: the same form, answered in place.
  const scripted = `scripted-${stamp}@elmroad.example`;
  await page.goto("/coat-drives/start");
  const again = page.locator("#start");
  await again.getByLabel("Your name").fill("Ali Khan");
  await again.getByLabel("Email address").fill(scripted);
  await again.getByLabel("The drive’s name").fill(`Office coats ${stamp}`);
  await again.getByRole("radio", { name: "A workplace" }).check();
  await again.getByLabel("Goal, in coats").fill("3"); // below the least: refused, the photo asked for again
  await again.getByLabel("Your story").fill("Our office is collecting coats for the winter appeal this month.");
  await again.getByLabel("A photo (optional)").setInputFiles(photo);
  await again.getByLabel("Describe the photo (needed with a photo)").fill("A rail of coats in our office lobby");
  await again.getByRole("checkbox", { name: /I’ll run this drive as described/ }).check();
  await again.getByRole("button", { name: "Start my coat drive" }).click();
  await expect(again.getByRole("alert")).toContainText("Enter a whole number of coats from 5");
  await expect(again.locator("#drive-photo-error")).toHaveText("Error: Your photo wasn’t saved: please choose it again.");
  await expect(again.getByLabel("Describe the photo (needed with a photo)")).toHaveValue("A rail of coats in our office lobby");
  await expectAccessible(page);
  await again.getByLabel("Goal, in coats").fill("30");
  await again.getByLabel("A photo (optional)").setInputFiles(photo);
  await again.getByRole("button", { name: "Start my coat drive" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible({ timeout: 30_000 });
  const [second] = await query<{ photoKey: string | null }>(`SELECT "photoKey" FROM "CoatDrive" WHERE "organiserEmail" = $1`, [scripted]);
  expect(second?.photoKey).toBe(drive!.photoKey); // the same photo, stored once

  // The organiser confirms, then loses their link and asks for a new one (without script).
  await page.goto(await linkFromOutbox(organiser, /https?:\/\/[^\s"<>]+\/coat-drives\/confirm\?token=[A-Za-z0-9_-]{43}/));
  await page.getByRole("button", { name: "Confirm my coat drive" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your coat drive is with our team" })).toBeVisible();
  const firstLink = await linkFromOutbox(organiser, /https?:\/\/[^\s"<>]+\/coat-drives\/edit\/[A-Za-z0-9_-]{43}/);

  const asking = await contextFrom(browser, freshAddress(), { javaScriptEnabled: false });
  const ask = await asking.newPage();
  await ask.goto("/coat-drives/edit");
  const newLinkForm = ask.locator("#new-link");
  const answer = "If that address runs a coat drive with us, we’ve emailed it a new private link";
  await newLinkForm.getByLabel("Email address").fill(`nobody-${stamp}@example.org`);
  await newLinkForm.getByRole("button", { name: "Email me a new link" }).click();
  await expect(newLinkForm.getByRole("status")).toContainText(answer);
  await newLinkForm.getByLabel("Email address").fill(organiser);
  await newLinkForm.getByRole("button", { name: "Email me a new link" }).click();
  await expect(newLinkForm.getByRole("status")).toContainText(answer);
  await asking.close();

  await expect.poll(() => linkFromOutbox(organiser, /https?:\/\/[^\s"<>]+\/coat-drives\/edit\/[A-Za-z0-9_-]{43}/)).not.toBe(firstLink);
  const newLink = await linkFromOutbox(organiser, /https?:\/\/[^\s"<>]+\/coat-drives\/edit\/[A-Za-z0-9_-]{43}/);
  await page.goto(newLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  // The private page's photo field says at once that a file is too large, as the start form does.
  const replace = page.getByLabel("Replace the photo (optional)");
  await replace.setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(12 * 1024 * 1024, 1) });
  await expect(replace).toHaveAccessibleDescription(/That photo is larger than 10 MB/);
  await page.goto(firstLink);
  await expect(page.getByRole("heading", { name: "This link can’t be used" })).toBeVisible();
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(/\/coat-drives\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your coat drive’s private link" })).toBeVisible();
  await expectAccessible(page);

  // Every email to the organiser ends with a link to stop them: opening it stops nothing, a
  // press does (here without script); a link with its token cut short is refused in place.
  const stopLink = await linkFromOutbox(organiser, /https?:\/\/[^\s"<>]+\/coat-drives\/stop-emails\?d=[^\s"<>&]+&(?:amp;)?t=[A-Za-z0-9_-]{43}/);
  await page.goto(stopLink.slice(0, -5));
  await page.getByRole("button", { name: "Stop these emails" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This link can’t be used. It may have been copied incompletely.");
  await expect(page.getByRole("button", { name: "Stop these emails" })).toBeVisible();
  const stopping = await contextFrom(browser, freshAddress(), { javaScriptEnabled: false });
  const stop = await stopping.newPage();
  await stop.goto(stopLink);
  const stoppedAt = () => query<{ emailsStoppedAt: Date | null }>(`SELECT "emailsStoppedAt" FROM "CoatDrive" WHERE id = $1`, [drive!.id]);
  expect((await stoppedAt())[0]?.emailsStoppedAt).toBeNull();
  await stop.getByRole("button", { name: "Stop these emails" }).click();
  await expect(stop.getByRole("heading", { name: "We won’t email you about your drive again" })).toBeVisible();
  await expect(stop.getByRole("button", { name: "Stop these emails" })).toHaveCount(0);
  expect((await stoppedAt())[0]?.emailsStoppedAt).not.toBeNull();
  await stopping.close();
});
