import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { staffWithSession } from "./staff-sessions";
import { addStaff, expectAccessible, query, signIn } from "./support";

// Staff of this file's own: sign-in requests are limited per address, so files must not share.
const EDITOR = "posts-editor@example.org";
const ADMIN = "posts-admin@example.org";
test.beforeAll(async () => {
  await addStaff(EDITOR, "EDITOR");
  await addStaff(ADMIN, "ADMIN");
});

const COVER_ALT = "Volunteers unloading boxes of winter coats from a van";

/** A real PNG, deliberately named .jpg: the site judges the bytes, not the name. */
async function coverFile() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1200"><rect width="1800" height="1200" fill="#1d3557"/><circle cx="900" cy="600" r="380" fill="#e76f51"/></svg>`;
  return { name: "dunkirk-coats.jpg", mimeType: "image/jpeg", buffer: await sharp(Buffer.from(svg)).png().toBuffer() };
}

/** Waits for an <img> to be decoded (a broken image has naturalWidth 0). */
async function expectLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded(); // cards load lazily
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

// These change what every visitor sees (a new published post), so they run in their own
// project after the read-only tests (playwright.config.ts).
test.describe("publishing", () => {
  // In order, in one worker; a failure does not skip the tests after it.
  test.describe.configure({ mode: "default" });

  test("staff write a post with a cover image, publish it, and a signed-out visitor sees both on / and /news at once", async ({ page, browser }) => {
    test.slow(); // an upload, three pages and their images, on a shared machine
    await signIn(page, EDITOR);
    await page.goto("/admin/posts");
    await expectAccessible(page);
    await page.getByRole("link", { name: "New post" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New post" })).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill("Coats reach the Dunkirk camp");
    await page.getByLabel("Summary, for lists and social cards").fill("A van of coats arrived this morning.");
    await page.getByLabel("The post, in Markdown").fill("## This morning\n\nWe handed out **200** coats.\n\n<script>alert(1)</script>");
    // The preview renders through the public page's sanitising pipeline.
    await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("200");
    await expect(page.getByRole("region", { name: "Preview" }).locator("script")).toHaveCount(0);
    await page.getByLabel("Choose an image").setInputFiles(await coverFile());
    await page.getByLabel("Describe the image for someone who can’t see it").fill(COVER_ALT);
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByText("Published.")).toBeVisible();
    // The editor now shows the stored image, with the way to replace or remove it.
    await expectLoaded(page.getByRole("img", { name: COVER_ALT }));
    await expect(page.getByLabel("Remove this image when I save")).not.toBeChecked();
    await expect(page.getByLabel("Replace it with another image")).toBeVisible();
    await expectAccessible(page);

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto("/");
    await expect(visitorPage.getByRole("link", { name: "Coats reach the Dunkirk camp" })).toBeVisible();
    const card = visitorPage.getByRole("article").filter({ hasText: "Coats reach the Dunkirk camp" }).getByRole("img", { name: COVER_ALT });
    await expect(card).toHaveAttribute("loading", "lazy");
    await expectLoaded(card);
    await visitorPage.goto("/news");
    await expect(visitorPage.getByRole("link", { name: "Coats reach the Dunkirk camp" })).toBeVisible();
    await expectLoaded(visitorPage.getByRole("img", { name: COVER_ALT }));
    await visitorPage.getByRole("link", { name: "Coats reach the Dunkirk camp" }).click();
    await expect(visitorPage.locator("article strong")).toHaveText("200");
    const cover = visitorPage.getByRole("img", { name: COVER_ALT });
    await expectLoaded(cover);
    // Space reserved before it loads, and the photo is served as an immutable, unsniffable WebP.
    await expect(cover).toHaveAttribute("width", "1600");
    await expect(cover).toHaveAttribute("height", "1067");
    const src = (await cover.getAttribute("src")) ?? "";
    expect(src).toMatch(/^\/uploads\/covers\/[0-9a-f]{32}-1600x1067\.webp$/);
    const image = await visitorPage.request.get(src);
    expect(image.headers()).toMatchObject({
      "content-type": "image/webp",
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=31536000, immutable",
    });
    expect((await image.body()).subarray(8, 12).toString("ascii")).toBe("WEBP");
    for (const attempt of ["/uploads/..%2F..%2Fpackage.json", "/uploads/covers/%2E%2E/%2E%2E/package.json", "/uploads/covers/missing.webp", `${src}.html`]) {
      expect((await visitorPage.request.get(attempt)).status(), attempt).toBe(404);
    }
    await visitor.close();
  });

  test("a file that only pretends to be a photo is refused beside the field, and everything typed stays", async ({ page }) => {
    await signIn(page, EDITOR);
    await page.goto("/admin/posts/new");
    await page.getByLabel("Title", { exact: true }).fill("Sleeping bags for Paris");
    await page.getByLabel("Summary, for lists and social cards").fill("Forty sleeping bags reached Porte de la Chapelle.");
    await page.getByLabel("The post, in Markdown").fill("We handed out forty sleeping bags.");
    await page
      .getByLabel("Choose an image")
      .setInputFiles({ name: "sleeping-bags.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<!doctype html><title>hi</title><script>alert(1)</script>") });
    await page.getByLabel("Describe the image for someone who can’t see it").fill("Sleeping bags stacked on a pallet");
    await page.getByRole("button", { name: "Save", exact: true }).click();

    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please check the highlighted answers.");
    const file = page.getByLabel("Choose an image");
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await expect(file).toHaveAccessibleDescription(/That file isn’t an image we can read\. Please choose a JPEG, PNG or WebP photo\./);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Sleeping bags for Paris");
    await expect(page.getByLabel("The post, in Markdown")).toHaveValue("We handed out forty sleeping bags.");
    await expect(page.getByLabel("Describe the image for someone who can’t see it")).toHaveValue("Sleeping bags stacked on a pallet");
    await expectAccessible(page);
    expect(await query(`SELECT count(*)::int AS n FROM "Post" WHERE title = 'Sleeping bags for Paris'`)).toEqual([{ n: 0 }]);

    // A real image without its description: both problems are named, and the file must be chosen again.
    await file.setInputFiles(await coverFile());
    await page.getByLabel("Describe the image for someone who can’t see it").fill("");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByLabel("Describe the image for someone who can’t see it")).toHaveAccessibleDescription(
      /Describe the image for people who can’t see it/,
    );
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Sleeping bags for Paris");
  });

  test("an image over 10 MB gets a clear message, from the browser at once or from the server", async ({ page }) => {
    test.slow(); // sends 10 MB, then 12 MB
    await signIn(page, EDITOR);
    await page.goto("/admin/posts/new");
    const file = page.getByLabel("Choose an image");
    // The browser says so as soon as it is chosen, and never sends it.
    await file.setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(12 * 1024 * 1024, 1) });
    await expect(file).toHaveAccessibleDescription(/That image is larger than 10 MB/);
    await expect.poll(() => file.evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);

    // A file that gets past the browser (an old page, a script) is refused by the server with the
    // same words, not a framework error: the action accepts bodies a little over 10 MB for this.
    await page.getByLabel("Title", { exact: true }).fill("A very large photo");
    await page.getByLabel("Summary, for lists and social cards").fill("Too big to keep.");
    await page.getByLabel("The post, in Markdown").fill("Nothing else.");
    await page.getByLabel("Describe the image for someone who can’t see it").fill("A large photo");
    const sneak = (bytes: number) =>
      file.evaluate((input: HTMLInputElement, size) => {
        const files = new DataTransfer();
        files.items.add(new File([new Uint8Array(size)], "large.jpg", { type: "image/jpeg" }));
        input.files = files.files; // no change event: the browser check never sees it
      }, bytes);
    await sneak(10 * 1024 * 1024 + 300_000);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(file).toHaveAccessibleDescription(/That image is larger than 10 MB/);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("A very large photo");

    // Past the action's limit the framework stops reading; the editor still explains.
    await sneak(12 * 1024 * 1024);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Sorry, that didn’t save" })).toBeVisible();
    await expect(page.getByText(/images can be up to 10 MB/)).toBeVisible();
    expect(await query(`SELECT count(*)::int AS n FROM "Post" WHERE title = 'A very large photo'`)).toEqual([{ n: 0 }]);
  });

  test("two staff editing one post: the later save is told, and nothing is overwritten", async ({ page, browser }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/posts?q=Dunkirk+camp");
    await page.getByRole("link", { name: "Coats reach the Dunkirk camp" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit post" })).toBeVisible();
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, EDITOR);
    await otherPage.goto(page.url());

    await page.getByLabel("Title", { exact: true }).fill("Coats reach the Dunkirk camp (updated)");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");

    await expect(otherPage.getByRole("heading", { level: 1, name: "Edit post" })).toBeVisible();
    await otherPage.getByLabel("Title", { exact: true }).fill("A different title");
    await otherPage.getByRole("button", { name: "Save", exact: true }).click();
    await expect(otherPage.getByRole("main").getByRole("alert")).toContainText("Someone else saved this post since you opened it");
    await expect(otherPage.getByLabel("Title", { exact: true })).toHaveValue("A different title");
    await other.close();
    expect(await query(`SELECT title FROM "Post" WHERE slug = 'coats-reach-the-dunkirk-camp'`)).toEqual([{ title: "Coats reach the Dunkirk camp (updated)" }]);
  });
});

/** Markdown of exactly `length` characters: paragraphs of ordinary sentences, then `last` as its own paragraph. */
function longPost(length: number, last: string): string {
  const paragraph = "Volunteers handed out warm coats in Calais and Dunkirk again today. ".repeat(5).trim();
  let text = "";
  while (text.length + paragraph.length + 2 < length - last.length - 2) text += `${paragraph}\n\n`;
  return `${text}${"x".repeat(length - last.length - 2 - text.length)}\n\n${last}`;
}

// Not part of the serial chain above: it makes its own posts.
test.describe("long posts", () => {
  test("a 12,000-character post is published whole; one over the limit is refused beside the body, kept, and not saved", async ({ page, browser }) => {
    test.slow(); // 112,000 characters typed into the editor and sent twice, on a shared machine
    const run = Date.now();
    const last = `The very last sentence of report ${run} is on the page.`;
    await signIn(page, ADMIN);
    await page.goto("/admin/posts/new");
    await page.getByLabel("Title", { exact: true }).fill(`A long report ${run}`);
    await page.getByLabel("Summary, for lists and social cards").fill("Everything from this week, at length.");
    const body = longPost(12_000, last);
    expect(body).toHaveLength(12_000);
    await page.getByLabel("The post, in Markdown").fill(body);
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByText("Published.")).toBeVisible();

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/news/a-long-report-${run}`);
    await expect(visitorPage.getByText(last)).toBeVisible();
    await visitor.close();

    await page.goto("/admin/posts/new");
    await page.getByLabel("Title", { exact: true }).fill(`Too long ${run}`);
    await page.getByLabel("Summary, for lists and social cards").fill("Far too much.");
    const tooLong = longPost(100_001, last);
    await page.getByLabel("The post, in Markdown").fill(tooLong);
    await page.getByRole("button", { name: "Publish now" }).click();
    const field = page.getByLabel("The post, in Markdown");
    await expect(field).toHaveAccessibleDescription("Error: Keep the post to 100,000 characters or fewer: it has 100,001.");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    expect(await field.inputValue()).toBe(tooLong);
    expect(await query(`SELECT count(*)::int AS n FROM "Post" WHERE title = $1`, [`Too long ${run}`])).toEqual([{ n: 0 }]);
  });
});

test.describe("scheduling in London time", () => {
  /** The last Sunday of a month: when London's clocks change (March forward, October back). */
  const lastSunday = (year: number, month: number) => {
    const d = new Date(Date.UTC(year, month, 0));
    return d.getUTCDate() - d.getUTCDay();
  };

  test("a post scheduled for 09:30 in summer is stored at 08:30 UTC; a time the clocks skip is refused", async ({ page }) => {
    const year = new Date().getUTCFullYear() + 1;
    const march = lastSunday(year, 3);
    await signIn(page, EDITOR);
    await page.goto("/admin/posts/new");
    await page.getByLabel("Title", { exact: true }).fill("Summer coat sorting day");
    await page.getByLabel("Summary, for lists and social cards").fill("Come and help us sort coats for next winter.");
    await page.getByLabel("The post, in Markdown").fill("We sort the coats people handed in over the summer.");
    const publishAt = page.getByLabel("Publish at (London time)");

    // 01:30 on the night the clocks go forward never happens in London.
    await publishAt.fill(`${year}-03-${march}T01:30`);
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(
      page.getByText(`There is no 01:30 on ${march} March ${year} in London: the clocks go forward from 01:00 to 02:00 that night.`, { exact: false }),
    ).toBeVisible();
    await expect(publishAt).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Summer coat sorting day");
    expect(await query(`SELECT id FROM "Post" WHERE title = 'Summer coat sorting day'`)).toEqual([]);

    // 09:30 on 1 July is British Summer Time: 08:30 UTC.
    await publishAt.fill(`${year}-07-01T09:30`);
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(page).toHaveURL(/\/admin\/posts\/[^/?]+\?saved=schedule$/);
    // Read back as the server renders the post afresh (after the redirect, the new-post form may
    // still be mounted beside it for a moment).
    await page.reload();
    await expect(page.getByText(`Goes live on 1 July ${year} at 09:30 London time (BST).`)).toBeVisible();
    await expect(page.getByLabel("Publish at (London time)")).toHaveValue(`${year}-07-01T09:30`);
    // Stored in UTC (a column without a zone: read as text, so no client zone can shift it).
    const stored = await query(
      `SELECT status::text AS status, to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS') AS at FROM "Post" WHERE title = 'Summer coat sorting day'`,
    );
    expect(stored).toEqual([{ status: "SCHEDULED", at: `${year}-07-01T08:30:00` }]);
    await expectAccessible(page);

    // The list says when, to the minute, in London time.
    await page.goto("/admin/posts?status=SCHEDULED");
    await expect(page.getByRole("columnheader", { name: "Date (London time)" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Summer coat sorting day" })).toContainText(`1 Jul ${year}, 09:30`);
  });
});

// The editor's messages, its preview of a quotation, and a post's picture when shared.
test.describe("the post editor", () => {
  test("Save then Publish shows one message, the latest; a quotation previews as published; the cover is the post's social card", async ({ page, browser }) => {
    test.slow(); // an upload, two saves and the public page on a shared machine
    const title = `A letter from the Calais warehouse ${Date.now().toString(36)}`;
    // A session of its own, not a sign-in through the outbox: other tests here sign in as EDITOR
    // at the same time, and a sign-in takes the latest link sent to its address.
    const editor = await staffWithSession("editor", "posts-editors");
    const [name, value] = editor.cookie.split("=") as [string, string];
    await page.context().addCookies([{ name, value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
    await page.goto("/admin/posts/new");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Summary, for lists and social cards").fill("What one family said when the coats arrived.");
    await page.getByLabel("The post, in Markdown").fill("A mother told us:\n\n> “We were cold for a week. Tonight we are not.”\n\nThank you.");
    await page.getByLabel("Choose an image").setInputFiles(await coverFile());
    await page.getByLabel("Describe the image for someone who can’t see it").fill(COVER_ALT);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/posts\/[^/?]+\?saved=draft$/);
    const main = page.getByRole("main");
    await expect(main.getByRole("status")).toHaveText("Saved as a draft.");

    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(main.getByRole("status")).toHaveText("Published.");
    await expect(main.getByText("Saved as a draft.", { exact: true })).toHaveCount(0);
    // The address no longer says "saved": a reload does not bring the old message back.
    await expect(page).toHaveURL(/\/admin\/posts\/[^/?]+$/);
    await page.reload();
    await expect(main.getByText("Saved as a draft.", { exact: true })).toHaveCount(0);
    await expect(main.getByText("Published.", { exact: true })).toHaveCount(0);

    // The quotation as the preview shows it and as the published page does: the quotation marks
    // the editor typed, once (no decorative pair added around them), in the same type.
    const looks = (quote: ReturnType<Page["locator"]>) =>
      quote.evaluate((p) => {
        const style = getComputedStyle(p);
        const block = getComputedStyle(p.closest("blockquote") as Element);
        return {
          before: getComputedStyle(p, "::before").content,
          after: getComputedStyle(p, "::after").content,
          text: p.textContent,
          fontSize: style.fontSize,
          fontStyle: style.fontStyle,
          fontWeight: style.fontWeight,
          rule: block.borderLeftWidth,
        };
      });
    const previewQuote = page.getByRole("region", { name: "Preview" }).locator("blockquote p");
    await expect(previewQuote).toHaveText("“We were cold for a week. Tonight we are not.”");
    const previewed = await looks(previewQuote);
    expect(previewed.before).toBe("none");
    expect(previewed.after).toBe("none");
    await expectAccessible(page);

    const [post] = await query<{ slug: string }>(`SELECT slug FROM "Post" WHERE title = $1`, [title]);
    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/news/${post?.slug ?? ""}`);
    const publishedQuote = visitorPage.locator("article blockquote p");
    await expect(publishedQuote).toHaveText("“We were cold for a week. Tonight we are not.”");
    expect(await looks(publishedQuote)).toEqual(previewed);

    // Shared, the post shows its cover photo (the full-size copy, wider than a card needs), not the
    // drawn title card; a post without a cover keeps the drawn card.
    const meta = (property: string) => visitorPage.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");
    const image = (await meta("og:image")) ?? "";
    expect(image).toMatch(/^https?:\/\/[^/]+\/uploads\/covers\/[0-9a-f]{32}-1600x1067\.webp$/);
    expect(await meta("og:image:width")).toBe("1600");
    expect(await meta("og:image:height")).toBe("1067");
    expect(await meta("og:image:alt")).toBe(COVER_ALT);
    expect(await meta("twitter:image")).toBe(image);
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await visitorPage.locator('meta[property="og:image"]').count()).toBe(1);
    const photo = await visitorPage.request.get(image);
    expect(photo.status()).toBe(200);
    expect(photo.headers()["content-type"]).toBe("image/webp");

    const [plain] = await query<{ slug: string }>(
      `SELECT slug FROM "Post" WHERE status = 'PUBLISHED' AND "coverImage" IS NULL ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    await visitorPage.goto(`/news/${plain?.slug ?? ""}`);
    const card = (await meta("og:image")) ?? "";
    expect(card).toMatch(new RegExp(`/news/${plain?.slug ?? ""}/opengraph-image`));
    expect((await visitorPage.request.get(card)).headers()["content-type"]).toBe("image/png");
    await visitor.close();
  });
});
