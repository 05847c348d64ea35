import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { contextFrom, freshAddress } from "./client-address";
import { phonePhoto } from "../support/image-fixtures";
import { staffWithSession } from "./staff-sessions";
import { expectAccessible, linkFromOutbox, query } from "./support";

// The coat wall end to end, on a production build with the outbox standing in for Resend: a
// supporter uploads a photo, confirms it from the email, staff approve it, it appears on the wall
// and the home page, its page carries a share card and the share kit's links, visitors report it
// off the wall, and the private link deletes it and its files. With script, without, and on a phone.

const run = Date.now().toString(36);

async function visitor(browser: Browser, options: { javaScriptEnabled: boolean; phone?: boolean }): Promise<Page> {
  const context = await contextFrom(browser, freshAddress(), {
    javaScriptEnabled: options.javaScriptEnabled,
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

async function staffPage(browser: Browser): Promise<Page> {
  const staff = await staffWithSession("editor", `wall-${run}`);
  const context = await browser.newContext();
  const [name, value] = staff.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

const variants = [
  { label: "with script", javaScriptEnabled: true, phone: false },
  { label: "without script", javaScriptEnabled: false, phone: false },
  { label: "on a phone", javaScriptEnabled: true, phone: true },
] as const;

for (const variant of variants) {
  test(`upload → confirm → approve → wall → share page → report → delete, ${variant.label}`, async ({ browser, request }) => {
    test.setTimeout(120_000);
    const tag = `${run}${variant.javaScriptEnabled ? "j" : "n"}${variant.phone ? "p" : "d"}`;
    const name = `Wallie${tag}`;
    const email = `wall-${tag}@example.org`;
    const page = await visitor(browser, variant);
    // axe runs its checks as script in the page: only where script runs (tests/e2e/mobile.spec.ts).
    const accessible = async () => {
      if (variant.javaScriptEnabled) await expectAccessible(page);
    };

    // The form, refused first: each problem beside its field, what was typed kept.
    await page.goto("/coat-wall/add");
    await accessible();
    if (variant.phone) await noSidewaysScroll(page);
    const photoField = page.getByLabel("Your photo", { exact: true });
    await expect(photoField).toHaveAttribute("accept", "image/*");
    await expect(photoField).toHaveAttribute("capture", /.+/);
    await page.getByLabel("First name or nickname").fill(name);
    await page.getByRole("button", { name: "Send my photo" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "There’s a problem with your photo" });
    await expect(problems).toContainText("Choose a photo of you with your coat");
    await expect(problems).toContainText("Enter your email address");
    await expect(problems).toContainText("Tick this box if we may put your photo on the wall");
    await expect(page.getByLabel("First name or nickname")).toHaveValue(name);
    await accessible();

    // Sent properly.
    await page.getByLabel("Your photo", { exact: true }).setInputFiles({ name: "IMG_0042.jpg", mimeType: "image/jpeg", buffer: await phonePhoto(1200, 1600) });
    await page.getByLabel("Town (optional)").fill("Folkestone");
    await page.getByLabel("A few words (optional)").fill("My warmest parka, off to Calais");
    await page.locator("#wall-email").fill(email);
    await page.getByRole("checkbox", { name: /You may put this photo/ }).check();
    await page.getByRole("checkbox", { name: /Everyone in the photo has agreed/ }).check();
    await page.getByRole("button", { name: "Send my photo" }).click();
    await expect(page.getByRole("heading", { name: "Nearly there: check your email" })).toBeVisible();

    const [row] = await query<{ id: string; imageId: string; width: number; height: number; status: string; confirmedAt: Date | null }>(
      `SELECT id, "imageId", width, height, status, "confirmedAt" FROM "CoatPhoto" WHERE email = $1`,
      [email],
    );
    expect(row).toMatchObject({ status: "PENDING", confirmedAt: null });
    const id = row?.id ?? "";
    expect(row?.imageId).toMatch(/^[0-9a-f]{32}$/);

    // Nothing public before a person approves it: neither its page nor its stored image.
    const image = `/uploads/coat-wall/${row?.imageId}-${row?.width}x${row?.height}.webp`;
    expect((await request.get(image)).status()).toBe(404);
    await page.goto(`/coat-wall/${id}`);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();

    // Confirm from the email: opening the link alone changes nothing.
    const confirm = await linkFromOutbox(email, /https?:\/\/[^\s"<>]+\/coat-wall\/confirm\?token=[A-Za-z0-9_-]+/);
    const remove = await linkFromOutbox(email, /https?:\/\/[^\s"<>]+\/coat-wall\/delete\?token=[A-Za-z0-9_-]+/);
    await page.goto(pathOf(confirm));
    expect((await query(`SELECT 1 FROM "CoatPhoto" WHERE id = $1 AND "confirmedAt" IS NULL`, [id])).length).toBe(1);
    await accessible();
    await page.getByRole("button", { name: "Confirm my photo" }).click();
    await expect(page.getByRole("heading", { name: "Thank you: your photo is with our team" })).toBeVisible();
    await page.goto(`/coat-wall/${id}`);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();

    // Staff approve it from the queue.
    const staff = await staffPage(browser);
    await staff.goto("/admin/coat-wall");
    const main = staff.getByRole("main");
    await expect(main.getByText(name, { exact: true })).toBeVisible();
    // Staff see the photo itself (the uploads route shows it to them alone).
    const waiting = main.getByRole("img", { name: new RegExp(name) });
    await waiting.scrollIntoViewIfNeeded();
    await expect.poll(() => waiting.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectAccessible(staff);
    await main.getByRole("button", { name: `Approve the photo from ${name}` }).click();
    // It leaves the queue for the list of photos on the wall, where it can be removed.
    const onWall = main.locator("section", { has: staff.getByRole("heading", { name: "Newest on the wall" }) });
    await expect(onWall.getByRole("button", { name: `Remove the photo from ${name}` })).toBeVisible();
    expect((await query<{ status: string }>(`SELECT status FROM "CoatPhoto" WHERE id = $1`, [id]))[0]?.status).toBe("APPROVED");
    await staff.context().close();
    await linkFromOutbox(email, new RegExp(`https?://[^\\s"<>]+/coat-wall/${id}`));

    // On the wall and in the home page's strip, at once.
    await page.goto("/coat-wall");
    const tile = page.getByRole("link", { name: new RegExp(name) });
    await expect(tile).toBeVisible();
    await expect(tile.getByRole("img")).toHaveAttribute("alt", `${name} from Folkestone with the coat they’re giving: “My warmest parka, off to Calais”`);
    await accessible();
    if (variant.phone) await noSidewaysScroll(page);
    await page.goto("/");
    await expect(
      page.locator("section", { has: page.getByRole("heading", { name: "The coat wall" }) }).getByRole("link", { name: new RegExp(name) }),
    ).toBeVisible();

    // Its own page: the photo, the share kit's links and a share card of its own.
    await page.goto(`/coat-wall/${id}`);
    await expect(page.getByRole("heading", { name: `${name} is giving a coat` })).toBeVisible();
    const shareOnX = page.getByRole("link", { name: /Share on X/ });
    // A short link to the site's own redirect, which sends the visitor on to X with the message.
    await expect(shareOnX).toHaveAttribute("href", `/share/x/coat-wall/${id}`);
    const onX = await request.get(`/share/x/coat-wall/${id}`, { maxRedirects: 0 });
    expect(onX.status()).toBe(303);
    expect(onX.headers()["location"]).toContain(encodeURIComponent(`/coat-wall/${id}`));
    expect(onX.headers()["location"]).toContain("Coat4Calais");
    await accessible();
    if (variant.phone) await noSidewaysScroll(page);
    const card = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(card).toContain(`/coat-wall/${id}/opengraph-image`);
    const cardResponse = await request.get(pathOf(card ?? ""));
    expect(cardResponse.status()).toBe(200);
    expect(cardResponse.headers()["content-type"]).toBe("image/png");
    // The stored photo carries no trace of where it was taken.
    const src = (await page.getByRole("img", { name: new RegExp(name) }).getAttribute("src")) ?? "";
    const stored = await request.get(src);
    expect(stored.status()).toBe(200);
    expect(stored.headers()["cache-control"]).toBe("public, max-age=300");
    expect((await sharp(await stored.body()).metadata()).exif).toBeUndefined();

    // Reported from three connections, it leaves the wall for the staff's queue.
    await page.getByRole("button", { name: "Report this photo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Thank you for telling us" })).toBeVisible();
    for (const last of [false, true]) {
      const other = await visitor(browser, { javaScriptEnabled: variant.javaScriptEnabled });
      await other.goto(`/coat-wall/${id}`);
      await other.getByRole("button", { name: "Report this photo" }).click();
      // The report that takes it off the wall shows the page as everyone now sees it.
      if (last) await expect(other.getByRole("heading", { name: "This photo is off the wall for now" })).toBeVisible();
      else await expect(other.getByRole("status").filter({ hasText: "Thank you for telling us" })).toBeVisible();
      await other.context().close();
    }
    expect((await query<{ status: string; reportCount: number }>(`SELECT status, "reportCount" FROM "CoatPhoto" WHERE id = $1`, [id]))[0]).toEqual({
      status: "PENDING",
      reportCount: 3,
    });
    await page.goto(`/coat-wall/${id}`);
    await expect(page.getByRole("heading", { name: "This photo is off the wall for now" })).toBeVisible();
    await accessible();
    await page.goto("/coat-wall");
    await expect(page.getByRole("link", { name: new RegExp(name) })).toHaveCount(0);

    // The private link deletes it, and its files, at once.
    await page.goto(pathOf(remove));
    await accessible();
    await page.getByRole("button", { name: "Delete my photo" }).click();
    await expect(page.getByRole("heading", { name: "Your photo has been deleted" })).toBeVisible();
    expect(await query(`SELECT 1 FROM "CoatPhoto" WHERE id = $1`, [id])).toEqual([]);
    expect((await request.get(src)).status()).toBe(404);
    await page.context().close();
  });
}
