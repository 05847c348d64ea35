import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible, expectPolicyFitsCaching, query, watchThirdPartyRequests } from "./support";

const post = "/news/a-tough-day-in-calais";

async function configured() {
  const [campaign] = await query<{ shareMessage: string; hashtag: string }>(`SELECT "shareMessage", hashtag FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`);
  if (!campaign) throw new Error("no campaign in the e2e database");
  return campaign;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectCard(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
}

async function ogImage(page: Page) {
  const url = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(url).toBeTruthy();
  return url ?? "";
}

type Scope = ReturnType<Page["locator"]>;

/**
 * Where the share link `name` in `scope` leads: a short link to the site's own /share/<network>/…,
 * which answers with a redirect to the network's share page.
 */
async function shareTarget(page: Page, scope: Scope, name: string) {
  const href = (await scope.getByRole("link", { name }).getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/share\/(x|facebook|whatsapp)(\/|$)/);
  const answer = await page.request.get(href, { maxRedirects: 0 });
  expect(answer.status(), href).toBe(303);
  expect(answer.headers()["cache-control"]).toBe("no-store");
  return new URL(answer.headers()["location"] ?? "");
}

/** The share links in `scope` carry the configured message and hashtag. */
async function expectShareLinks(page: Page, scope: Scope, sharedUrl: RegExp) {
  const { shareMessage, hashtag } = await configured();
  const href = (name: string) => shareTarget(page, scope, name);
  const x = await href("Share on X");
  expect(x.hostname).toBe("x.com");
  expect(x.searchParams.get("text")).toContain(shareMessage);
  expect(x.searchParams.get("text")).toContain(`#${hashtag}`);
  expect(x.searchParams.get("url")).toMatch(sharedUrl);
  const facebook = await href("Share on Facebook");
  expect(facebook.searchParams.get("u")).toMatch(sharedUrl);
  expect(facebook.searchParams.get("hashtag")).toBe(`#${hashtag}`);
  const whatsapp = await href("Share on WhatsApp");
  expect(whatsapp.searchParams.get("text")).toContain(shareMessage);
  expect(whatsapp.searchParams.get("text")?.endsWith(` ${x.searchParams.get("url")}`)).toBe(true);
  const email = (await scope.getByRole("link", { name: "Share by email" }).getAttribute("href")) ?? "";
  expect(email.startsWith("mailto:?subject=")).toBe(true);
  expect(decodeURIComponent(email)).toContain(shareMessage);
  expect(decodeURIComponent(email)).toContain(`#${hashtag}`);
}

test.describe("sharing the appeal", () => {
  test("the appeal, a post and the thank-you page share the configured message and hashtag", async ({ page }) => {
    const thirdParty = watchThirdPartyRequests(page);

    await page.goto("/");
    const kit = page.getByRole("region", { name: "Share a photo with your coat" });
    await expect(kit.getByText("take a photo of yourself holding it up")).toBeVisible();
    await expectShareLinks(page, kit, /^http:\/\/localhost:\d+\/$/);
    await page.waitForLoadState("networkidle");

    await page.goto(post);
    const share = page.getByRole("region", { name: "Share this story" });
    await expectShareLinks(page, share, /\/news\/a-tough-day-in-calais$/);
    await expectAccessible(page);

    await page.goto("/donate/thank-you");
    await expectShareLinks(page, page.getByRole("region", { name: "Ask a friend to join you" }), /^http:\/\/localhost:\d+\/$/);
    await page.waitForLoadState("networkidle");

    expect(thirdParty).toEqual([]);
  });

  test.describe("with clipboard access", () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });

    test("Copy link copies the address and says so", async ({ page }) => {
      await page.goto(post);
      const share = page.getByRole("region", { name: "Share this story" });
      await share.getByRole("button", { name: "Copy link" }).click();
      await expect(share.getByRole("status")).toHaveText("Link copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/localhost:\d+\/news\/a-tough-day-in-calais$/);
    });
  });

  test("when the browser will not copy, the link is shown selected, ready to copy by hand", async ({ page }) => {
    // A browser that refuses the clipboard (no permission, an embedded frame…), made certain here.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Refused", "NotAllowedError"));
    });
    await page.goto(post);
    const share = page.getByRole("region", { name: "Share this story" });
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect(share.getByRole("status")).toHaveText(/would not copy it: it is selected in the box below/);
    const field = share.getByRole("textbox", { name: "Link to share" });
    await expect(field).toHaveValue(/^http:\/\/localhost:\d+\/news\/a-tough-day-in-calais$/);
    const selection = await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the plain links are there and no dead buttons are", async ({ page }) => {
      await page.goto(post);
      const share = page.getByRole("region", { name: "Share this story" });
      await expect(share.getByRole("link", { name: "Share on WhatsApp" })).toBeVisible();
      await expect(share.getByRole("button")).toHaveCount(0);
    });
  });

  test("a share link leads only to a known network, for a page that offers sharing, at the site's own address", async ({ request, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    // Whatever host the request names, the shared address is the site's.
    const answer = await request.get(`/share/facebook${post}`, {
      maxRedirects: 0,
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    });
    expect(answer.status()).toBe(303);
    const target = new URL(answer.headers()["location"] ?? "");
    expect(target.origin + target.pathname).toBe("https://www.facebook.com/sharer/sharer.php");
    expect(target.searchParams.get("u")).toBe(`${origin}${post}`);
    const whatsapp = new URL((await request.get("/share/whatsapp", { maxRedirects: 0 })).headers()["location"] ?? "");
    expect(whatsapp.origin).toBe("https://wa.me");
    expect(whatsapp.searchParams.get("text")?.endsWith(` ${origin}/`)).toBe(true);

    for (const address of [
      "/share/myspace",
      `/share/email${post}`,
      "/share/x/news/no-such-story",
      "/share/x/news",
      `/share/x${post}/more`,
      "/share/x/about",
      "/share/x/donate",
      "/share/x/coat-drives/no-such-drive",
      "/share/x/coat-wall/no-such-photo",
      "/share/x/shared/not-a-signed-token",
      "/share/x/%2F%2Fevil.example",
    ]) {
      const refused = await request.get(address, { maxRedirects: 0 });
      expect(refused.status(), address).toBe(404);
      expect(refused.headers()["location"], address).toBeUndefined();
    }
  });

  test("the appeal's card shows live progress and a post has a card of its own, both 1200×630 PNGs", async ({ page, request }) => {
    await page.goto("/");
    const appealCard = await ogImage(page);
    expect(new URL(appealCard).pathname).toBe("/opengraph-image");
    await expectCard(request, appealCard);

    await page.goto(post);
    const postCard = await ogImage(page);
    expect(new URL(postCard).pathname).toMatch(/^\/news\/a-tough-day-in-calais\/opengraph-image/);
    await expectCard(request, postCard);
    expect((await request.get("/news/no-such-post/opengraph-image")).status()).toBe(404);
  });
});

test.describe("sharing that you gave", () => {
  // A paid gift to an appeal that ended years ago: the thank-you page has a donation to show,
  // while the running appeal's figures, which other tests count, do not change.
  const id = crypto.randomUUID();
  const sessionId = `cs_test_share_${id}`;

  test.beforeAll(async () => {
    await query(
      `INSERT INTO "Campaign" (id, slug, "charityName", "charityNumber", headline, strapline, situation, "whyHereTitle", "whyHere",
         "whatWeDoTitle", "whatWeDo", "appealTitle", appeal, "goalCoats", "coatPricePence", "packPricePence", "photoInvitation",
         "shareMessage", hashtag, "videoTitle", "beyondGoal", "createdAt", "updatedAt")
       SELECT $1, $2, "charityName", "charityNumber", headline, strapline, situation, "whyHereTitle", "whyHere",
         "whatWeDoTitle", "whatWeDo", "appealTitle", appeal, "goalCoats", "coatPricePence", "packPricePence", "photoInvitation",
         "shareMessage", hashtag, "videoTitle", "beyondGoal", '2001-01-01', '2001-01-01'
       FROM "Campaign" ORDER BY "createdAt" DESC LIMIT 1`,
      [id, `past-appeal-${id}`],
    );
    await query(
      `INSERT INTO "Donation" (id, "campaignId", kind, quantity, "amountPence", status, "paidAt", "attemptKey", "stripeSessionId", "donorName", "updatedAt", livemode)
       VALUES ($1, $1, 'COAT', 2, 5000, 'PAID', now(), $1, $2, 'ROBIN EXAMPLE', now(), false)`,
      [id, sessionId],
    );
  });

  test.afterAll(async () => {
    await query(`DELETE FROM "Donation" WHERE id = $1`, [id]);
    await query(`DELETE FROM "Campaign" WHERE id = $1`, [id]);
  });

  test("the thank-you page offers a card without a name, and with the first name only when asked", async ({ page, request }) => {
    const thirdParty = watchThirdPartyRequests(page);
    await page.goto(`/donate/thank-you?session_id=${sessionId}`);
    const share = page.getByRole("region", { name: "Share that you gave" });
    await expect(share.getByRole("img", { name: /Your card: “I bought 2 coats for people sleeping rough this winter”/ })).toBeVisible();
    await expect(share.getByRole("checkbox", { name: "Show my first name, Robin, on the card" })).not.toBeChecked();
    await expectShareLinks(page, share, /^http:\/\/localhost:\d+\/shared\/[\w-]+\.[\w-]{22}$/);
    await page.waitForLoadState("networkidle");
    expect(await share.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    await expectAccessible(page);
    expect(thirdParty).toEqual([]);

    const anonymous = new URL((await shareTarget(page, share, "Share on Facebook")).searchParams.get("u") ?? "");
    await page.goto(anonymous.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("I bought 2 coats for people sleeping rough this winter");
    await expect(page.getByText("Robin")).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expectCard(request, await ogImage(page));
    await expectAccessible(page);

    // Choosing to show the name makes a different card.
    await page.goBack();
    await share.getByRole("checkbox", { name: /Show my first name/ }).check();
    await share.getByRole("button", { name: "Update my card" }).click();
    await expect(share.getByRole("img", { name: /Your card: “Robin bought 2 coats/ })).toBeVisible();
    await expect(share.getByRole("checkbox", { name: /Show my first name/ })).toBeChecked();
    const named = new URL((await shareTarget(page, share, "Share on Facebook")).searchParams.get("u") ?? "");
    expect(named.pathname).not.toBe(anonymous.pathname);
    await page.goto(named.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Robin bought 2 coats for people sleeping rough this winter");
    await expectCard(request, `${named.pathname}/opengraph-image`);
  });

  test("a changed token is a 404, for the page and its card", async ({ page, request }) => {
    await page.goto(`/donate/thank-you?session_id=${sessionId}`);
    const target = await shareTarget(page, page.getByRole("region", { name: "Share that you gave" }), "Share on Facebook");
    const token = new URL(target.searchParams.get("u") ?? "").pathname.split("/").pop() ?? "";
    const [payload = "", mac = ""] = token.split(".");
    const card = await request.get(`/shared/${token}`);
    expect(card.status()).toBe(200);
    await expectPolicyFitsCaching(card, "a donor's card page");

    // Another claim under the same signature, a name slipped in, one character of the MAC changed.
    const claim = Buffer.from("c200.Mallory").toString("base64url");
    const tampered = [
      `${claim}.${mac}`,
      `${Buffer.from("c2.Robin").toString("base64url")}.${mac}`,
      `${payload}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`,
      payload,
    ];
    for (const bad of tampered) {
      expect((await request.get(`/shared/${bad}`)).status(), bad).toBe(404);
      expect((await request.get(`/share/x/shared/${bad}`, { maxRedirects: 0 })).status(), bad).toBe(404);
      expect((await request.get(`/shared/${bad}/opengraph-image`)).status(), bad).toBe(404);
    }
    await page.goto(`/shared/${tampered[0]}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  });
});

test.describe("the progress widget", () => {
  test("renders inside an iframe on another site, and its Donate link opens our site in a new tab", async ({ page, baseURL }) => {
    const widget = `${baseURL}/embed/progress`;
    const response = await page.request.get(widget);
    expect(response.headers()["x-frame-options"]).toBeUndefined();
    expect(response.headers()["content-security-policy"] ?? "").not.toMatch(/frame-ancestors\s+'none'/);
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=60\b/);

    // A partner's page on another origin: its own little server on 127.0.0.1 (a page Playwright
    // fulfils itself counts as public to Chrome, which then blocks requests to localhost).
    const html = `<!doctype html><html lang="en"><title>A school newsletter</title><h1>Our coat drive</h1><iframe src="${widget}" title="Coats funded" width="100%" height="230" style="border:0;max-width:480px"></iframe></html>`;
    const server = http.createServer((_, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const partner = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const thirdParty = watchThirdPartyRequests(page);
      await page.goto(partner);
      const frame = page.frameLocator("iframe");
      const bar = frame.getByRole("progressbar", { name: "Coats toward the goal" });
      await expect(bar).toHaveAttribute("aria-valuemax", "3000");
      expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(1184);
      await expect(frame.getByText("of 3,000 coats", { exact: true })).toBeVisible();
      await expect(frame.getByText(/coats? funded by gifts$/)).toBeVisible();
      await expect(frame.getByText(/coats? handed in$/)).toBeVisible();
      const donate = frame.getByRole("link", { name: /^Donate/ });
      await expect(donate).toHaveAttribute("target", "_blank");
      await expect(donate).toHaveAttribute("href", `${baseURL}/donate?gift=coat`);
      await expect(frame.getByRole("banner")).toHaveCount(0);

      // The same page reads the figures across origins, with and without a preflight.
      const figures = await page.evaluate(async (url) => {
        const simple = await fetch(url);
        const preflighted = await fetch(url, { headers: { "X-Partner": "school" } });
        return { simple: (await simple.json()) as { goal: number }, preflighted: preflighted.status };
      }, `${baseURL}/api/progress`);
      expect(figures.simple.goal).toBe(3000);
      expect(figures.preflighted).toBe(200);
      expect(thirdParty).toEqual([]);
    } finally {
      server.close();
    }
  });

  test("/api/progress answers a preflight and is cached for a minute", async ({ request }) => {
    const preflight = await request.fetch("/api/progress", {
      method: "OPTIONS",
      headers: { Origin: "https://partner.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-partner" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
    expect(preflight.headers()["access-control-allow-headers"]).toBe("*");

    const get = await request.get("/api/progress", { headers: { Origin: "https://partner.example" } });
    expect(get.headers()["access-control-allow-origin"]).toBe("*");
    expect(get.headers()["cache-control"]).toMatch(/^public, s-maxage=60, stale-while-revalidate=\d+$/);
  });

  test("the widget and its instructions page pass axe and load nothing from elsewhere", async ({ page }) => {
    const thirdParty = watchThirdPartyRequests(page);
    await page.goto("/embed/progress");
    await expect(page.getByRole("link", { name: /^Donate/ })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/embed");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Show our progress on your website");
    const code = await page.getByLabel("Code to copy").inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\/progress" title="Calais Winter Aid: coats toward the goal this winter"/);
    await expect(page.frameLocator("iframe").getByRole("progressbar")).toBeVisible();
    await expectAccessible(page);
    await page.waitForLoadState("networkidle");
    expect(thirdParty).toEqual([]);
  });
});
