import http from "node:http";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addStaff, outboxFor, signIn } from "./support";

// One origin: every absolute URL the site writes comes from SITE_URL, never from the request's
// Host or X-Forwarded-Host, which whoever sends the request chooses. Each form below is filled
// in a browser without script; its post is caught before it leaves and sent again from here with
// a forged Host or X-Forwarded-Host (a browser cannot forge Host); then every link in every
// email it caused is checked, and every redirect.

const EVIL = "evil.example";

type Forgery = { name: string; headers: (siteHost: string) => Record<string, string> };
const forgeries: Forgery[] = [
  { name: "Host", headers: () => ({ Host: EVIL }) },
  { name: "X-Forwarded-Host", headers: (siteHost) => ({ Host: siteHost, "X-Forwarded-Host": EVIL, "X-Forwarded-Proto": "https" }) },
];

type Answer = { status: number; location: string | undefined; body: string; headers: http.IncomingHttpHeaders };

/** One request with exactly the headers given (Host included), answered without following redirects. */
function send(base: string, options: { method?: string; path: string; headers: Record<string, string>; body?: Buffer }): Promise<Answer> {
  const target = new URL(options.path, base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? "GET",
        path: target.pathname + target.search,
        headers: { ...options.headers, ...(options.body ? { "Content-Length": String(options.body.length) } : {}) },
        setHost: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            body: Buffer.concat(chunks).toString("utf8"),
            headers: response.headers,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

let addresses = 0;
/** An address of its own for each forged request, so the per-address limits it spends are its own. */
const clientAddress = () => `203.0.113.${(process.pid * 11 + ++addresses) % 250}`;

/**
 * Fills a form in a browser without script, catches its post, and sends that post (the same
 * multipart body, with Next's action id in it) again with forged headers.
 */
async function forgedFormPost(page: Page, base: string, forged: Record<string, string>, submit: () => Promise<void>): Promise<Answer> {
  let caught: { path: string; body: Buffer; contentType: string } | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || caught) return route.fallback();
    const url = new URL(request.url());
    caught = { path: url.pathname + url.search, body: request.postDataBuffer() ?? Buffer.alloc(0), contentType: request.headers()["content-type"] ?? "" };
    await route.fulfill({ status: 204, body: "" });
  });
  await submit();
  await expect.poll(() => caught !== undefined).toBe(true);
  await page.unroute("**/*");
  if (!caught) throw new Error("the form was not posted");
  expect(caught.contentType).toMatch(/^multipart\/form-data/);
  expect(caught.body.toString("latin1")).toMatch(/\$ACTION_(ID_|REF_|KEY)/);
  return send(base, {
    method: "POST",
    path: caught.path,
    body: caught.body,
    headers: { ...forged, "Content-Type": caught.contentType, "X-Forwarded-For": clientAddress() },
  });
}

async function pageWithoutScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": clientAddress() } });
  return context.newPage();
}

/** Every http(s) address in an email (headers, text and HTML), entities undone. */
function addressesIn(email: string): string[] {
  const found = email.match(/https?:\/\/[^\s"'<>()]+/g) ?? [];
  // The XHTML doctype and namespace of HTML emails name w3.org: not links anyone follows.
  return found.map((u) => u.replace(/&amp;/g, "&")).filter((u) => !u.startsWith("http://www.w3.org/"));
}

/** Waits for `count` emails to `to` and checks that every link in each is on the site's origin. */
async function expectEmailsOnSiteOrigin(to: string, base: string, count: number, linkPath: RegExp): Promise<string[]> {
  await expect.poll(async () => (await outboxFor(to)).length, { timeout: 30_000, message: `emails to ${to}` }).toBe(count);
  const emails = await outboxFor(to);
  for (const email of emails) {
    expect(email.toLowerCase()).not.toContain(EVIL);
    const links = addressesIn(email);
    expect(
      links.some((l) => linkPath.test(new URL(l).pathname)),
      `a ${linkPath} link in the email`,
    ).toBe(true);
    for (const link of links) {
      expect(new URL(link).origin, link).toBe(new URL(base).origin);
      expect(decodeURIComponent(link).toLowerCase()).not.toContain(EVIL);
    }
  }
  return emails;
}

/** A redirect names this site or nothing: a relative path, or SITE_URL. */
function expectRedirectHome(answer: Answer, base: string) {
  expect(answer.status, answer.body.slice(0, 200)).toBeGreaterThanOrEqual(300);
  expect(answer.status).toBeLessThan(400);
  const location = answer.location ?? "";
  expect(location.toLowerCase()).not.toContain(EVIL);
  expect(new URL(location, base).origin).toBe(new URL(base).origin);
}

test("the forging helper really sends the Host and X-Forwarded-Host it is given", async () => {
  const seen: http.IncomingHttpHeaders[] = [];
  const echo = http.createServer((req, res) => {
    seen.push(req.headers);
    res.end("ok");
  });
  await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
  const { port } = echo.address() as { port: number };
  for (const forgery of forgeries) await send(`http://127.0.0.1:${port}`, { path: "/", headers: forgery.headers(`127.0.0.1:${port}`) });
  echo.close();
  expect(seen.map((h) => [h.host, h["x-forwarded-host"]])).toEqual([
    [EVIL, undefined],
    [`127.0.0.1:${port}`, EVIL],
  ]);
});

for (const forgery of forgeries) {
  test.describe(`a forged ${forgery.name}`, () => {
    test("the sign-in form, posted without script, emails staff a link to this site only", async ({ browser, baseURL }) => {
      const base = baseURL ?? "";
      const email = `forged-${forgery.name.toLowerCase()}-form@example.org`;
      await addStaff(email, "EDITOR");
      const before = (await outboxFor(email)).length;
      const page = await pageWithoutScript(browser);
      await page.goto("/admin/sign-in");
      await page.getByLabel("Your work email address").fill(email);
      const answer = await forgedFormPost(page, base, forgery.headers(new URL(base).host), () =>
        page.getByRole("button", { name: "Email me a sign-in link" }).click(),
      );
      expectRedirectHome(answer, base);
      await expectEmailsOnSiteOrigin(email, base, before + 1, /^\/api\/auth\/callback\/email$/);
      await page.context().close();
    });

    test("Auth.js's own endpoint emails staff a link to this site only, and redirects home", async ({ baseURL }) => {
      const base = baseURL ?? "";
      const email = `forged-${forgery.name.toLowerCase()}-endpoint@example.org`;
      await addStaff(email, "EDITOR");
      const before = (await outboxFor(email)).length;
      const headers = { ...forgery.headers(new URL(base).host), "X-Forwarded-For": clientAddress() };
      const csrf = await send(base, { path: "/api/auth/csrf", headers });
      expect(csrf.status).toBe(200);
      const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
      const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
      const body = Buffer.from(new URLSearchParams({ email, csrfToken, callbackUrl: `http://${EVIL}/admin` }).toString());
      const answer = await send(base, {
        method: "POST",
        path: "/api/auth/signin/email",
        body,
        headers: { ...headers, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      });
      expectRedirectHome(answer, base);
      const [latest] = (await expectEmailsOnSiteOrigin(email, base, before + 1, /^\/api\/auth\/callback\/email$/)).slice(-1);
      // The callback address it carries is this site's too, whatever the request asked for.
      const link = addressesIn(latest ?? "").find((l) => l.includes("/api/auth/callback/email")) ?? "";
      expect(new URL(new URL(link).searchParams.get("callbackUrl") ?? "", base).origin).toBe(new URL(base).origin);
    });

    test("newsletter signup emails a confirmation link to this site only", async ({ browser, baseURL }) => {
      const base = baseURL ?? "";
      const email = `forged-${forgery.name.toLowerCase()}-${Date.now()}@example.org`;
      const page = await pageWithoutScript(browser);
      await page.goto("/");
      const box = page.locator("section", { has: page.getByRole("heading", { name: "Updates by email" }) });
      await box.getByLabel("Email address").fill(email);
      const answer = await forgedFormPost(page, base, forgery.headers(new URL(base).host), () => box.getByRole("button", { name: "Sign up" }).click());
      // Posted without script, the answer is kept for /newsletter and the browser sent there
      // (lib/forms/answer-without-script.ts): on this site, whatever host the request named.
      expect(answer.status).toBe(303);
      expect(answer.body.toLowerCase()).not.toContain(EVIL);
      expect((answer.location ?? "").toLowerCase()).not.toContain(EVIL);
      const landing = new URL(answer.location ?? "", base);
      expect([landing.origin, landing.pathname, landing.hash]).toEqual([new URL(base).origin, "/newsletter", "#signup"]);
      await expectEmailsOnSiteOrigin(email, base, 1, /^\/newsletter\/confirm$/);
      await page.context().close();
    });

    test("a donation's checkout, return and receipt are on this site only", async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const base = baseURL ?? "";
      const email = `forged-donor-${forgery.name.toLowerCase()}-${Date.now()}@example.org`;
      const page = await pageWithoutScript(browser);
      await page.goto("/donate?gift=coat");
      const toCheckout = await forgedFormPost(page, base, forgery.headers(new URL(base).host), () =>
        page.getByRole("button", { name: "Continue to secure payment" }).click(),
      );
      expectRedirectHome(toCheckout, base);
      const checkout = new URL(toCheckout.location ?? "", base);
      expect(checkout.pathname).toMatch(/^\/donate\/test-checkout\/cs_test_local_/);

      await page.goto(checkout.pathname);
      await page.getByLabel("Email for your receipt").fill(email);
      await page.getByLabel("Name on the card").fill("Sam Forged");
      const paid = await forgedFormPost(page, base, forgery.headers(new URL(base).host), () => page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click());
      expectRedirectHome(paid, base);
      expect(new URL(paid.location ?? "", base).pathname).toBe("/donate/thank-you");
      await expectEmailsOnSiteOrigin(email, base, 1, /^\/$/);
      await page.context().close();
    });

    test("pages, feeds and redirects name this site only", async ({ baseURL }) => {
      const base = baseURL ?? "";
      const headers = forgery.headers(new URL(base).host);
      for (const path of ["/", "/donate", "/admin/sign-in", "/news", "/news/feed.xml", "/sitemap.xml", "/robots.txt"]) {
        const answer = await send(base, { path, headers });
        expect(answer.status, path).toBe(200);
        expect(answer.body.toLowerCase(), path).not.toContain(EVIL);
      }
      for (const path of [
        "/admin",
        "/newsletter/unsubscribe/one-click?s=x&t=y",
        "/api/auth/signin",
        "/api/auth/callback/email?token=forged&email=nobody%40example.org",
      ]) {
        const answer = await send(base, { path, headers });
        if (answer.status >= 300 && answer.status < 400) expectRedirectHome(answer, base);
        expect(answer.body.toLowerCase(), path).not.toContain(EVIL);
      }
    });
  });
}

test("GET /api/auth/session tells a signed-in page who and until when, never the session token or ids", async ({ page }) => {
  await addStaff("session-shape@example.org", "EDITOR");
  await signIn(page, "session-shape@example.org");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  const response = await page.request.get("/api/auth/session");
  const text = await response.text();
  expect(text).not.toContain(cookie?.value ?? "no cookie");
  const session = JSON.parse(text) as { user: Record<string, unknown>; expires: string };
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(session.user).sort()).toEqual(["email", "name"]);
  expect(session.user.email).toBe("session-shape@example.org");
  expect(Date.parse(session.expires)).toBeGreaterThan(Date.now());
  // Signed in all the same: the pages read who this is beside the data.
  await page.goto("/admin");
  await expect(page.getByText("Signed in as session-shape@example.org (editor)")).toBeVisible();
});
