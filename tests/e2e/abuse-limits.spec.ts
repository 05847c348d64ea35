import { expect, test, type Browser } from "@playwright/test";
import { contextFrom, cookiesOf, freshAddress, requestFrom } from "./client-address";
import { addStaff, expectAccessible, outboxFor, signIn } from "./support";

// Every public form and the postcode search are limited per address (each form's limits beside its
// schema, counted by lib/forms/public-action.ts; lib/rate-limit/policies.ts for the search),
// counted in PostgreSQL where the work happens. Once a limit is spent, a plain HTML post or a
// search is answered at the door (proxy.ts) with 429, Retry-After and a page a person can read;
// a post made by the site's own script is answered on the form, keeping what was typed.
// The site is exposed directly, as `npm start` runs it: it knows a client by its socket's address
// alone. Each test connects from a loopback address of its own (tests/e2e/client-address.ts), so
// the limits it spends are its own.

const address = freshAddress;

async function visitor(browser: Browser, javaScriptEnabled: boolean, ip: string) {
  const context = await contextFrom(browser, ip, { javaScriptEnabled });
  return { context, page: await context.newPage() };
}

test("sign-in requests: over the limit, a post without script gets a 429 page, and one with script an answer on the form", async ({ browser }) => {
  test.setTimeout(180_000);
  const ip = address();
  const { context, page } = await visitor(browser, false, ip);
  const ask = async (n: number) => {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Your work email address").fill(`not-staff-${n}@example.org`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Email me a sign-in link" }).click(),
    ]);
    return response;
  };
  // signInLimits.perConnection: 10 in 10 minutes. Every one of them gets the same answer as a real colleague would.
  for (let n = 1; n <= 10; n += 1) {
    await ask(n);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  // The limit is spent: the door answers the eleventh with 429, how long to wait, and the way back.
  const refused = await ask(11);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(Number(refused.headers()["retry-after"])).toBeLessThanOrEqual(600);
  await expect(page.getByRole("heading", { level: 1, name: /Please try again in \d+ minutes/ })).toBeVisible();
  await expect(page.getByText("We’ve had too many sign-in requests from your connection")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the form" })).toHaveAttribute("href", "/admin/sign-in");
  await context.close();

  // With script, from the same address: the answer arrives on the form, and the address typed stays.
  const scripted = await visitor(browser, true, ip);
  await scripted.page.goto("/admin/sign-in");
  await scripted.page.getByLabel("Your work email address").fill("still-typed@example.org");
  await scripted.page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(scripted.page.getByText(/We’ve had too many sign-in requests from your connection\. Please try again in \d+ minutes\./)).toBeVisible();
  await expect(scripted.page.getByLabel("Your work email address")).toHaveValue("still-typed@example.org");
  await scripted.context.close();
});

test("postcode searches: over the limit, a 429 page that still leads to every drop-off point", async ({ browser }) => {
  test.setTimeout(180_000); // thirty-two searches, then a page, on a shared machine
  const ip = address();
  const search = () => requestFrom(ip, "/donation-points?postcode=CT16+1JA");
  // postcodeLookupLimit: 30 in 10 minutes.
  for (let n = 1; n <= 30; n += 1) expect((await search()).status, `search ${n}`).toBe(200);
  const refused = await search();
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  expect(refused.headers["cache-control"]).toBe("no-store");
  // The list without a search is never limited.
  expect((await requestFrom(ip, "/donation-points")).status).toBe(200);

  const { context, page } = await visitor(browser, true, ip);
  const response = await page.goto("/donation-points?postcode=CT16+1JA");
  expect(response?.status()).toBe(429);
  await expect(page.getByRole("heading", { level: 1, name: /Please try again in \d+ minutes/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "See every drop-off point" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hand in a coat near you" })).toBeVisible();
  await context.close();
});

test("Auth.js's own sign-in endpoint is held to the same limit, and refuses other sites", async () => {
  const ip = address();
  const csrf = await requestFrom(ip, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookie = cookiesOf(csrf);
  const ask = (n: number, origin?: string) =>
    requestFrom(ip, "/api/auth/signin/email", {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", ...(origin ? { Origin: origin } : {}) },
      body: new URLSearchParams({ email: `direct-${n}@example.org`, csrfToken }).toString(),
    });
  const forged = await ask(0, "https://evil.example");
  expect(forged.status).toBe(403);
  // Naming the other site as the Host too changes nothing: the origin compared is SITE_URL's.
  const forgedHost = await requestFrom(ip, "/api/auth/signin/email", {
    method: "POST",
    headers: {
      Cookie: cookie,
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: "http://evil.example",
      Host: "evil.example",
      "X-Forwarded-Host": "evil.example",
    },
    body: new URLSearchParams({ email: "direct-0@example.org", csrfToken }).toString(),
  });
  expect(forgedHost.status).toBe(403);
  for (let n = 1; n <= 10; n += 1) expect((await ask(n)).status, `request ${n}`).toBeLessThan(400);
  const refused = await ask(11);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  expect(refused.text).toMatch(/Too many sign-in requests\. Please try again in \d+ minutes\./);
});

// Who the client is comes from the connection, never from what it writes (scripts/serve.ts with
// no trusted proxy, lib/http/client-address.ts).
test.describe("client addresses, with the site exposed directly", () => {
  test.describe.configure({ timeout: 90_000 }); // thirty-one searches each, on a shared machine

  test("a new X-Forwarded-For on every request does not lift the per-address limit", async () => {
    const ip = address();
    const search = (n: number) =>
      requestFrom(ip, "/donation-points?postcode=CT16+1JA", { headers: { "X-Forwarded-For": `203.0.113.${n}`, "X-Real-IP": `203.0.113.${n}` } });
    for (let n = 1; n <= 30; n += 1) expect((await search(n)).status, `search ${n}`).toBe(200);
    expect((await search(31)).status).toBe(429);
  });

  test("naming someone else's address spends the sender's own allowance, not theirs", async () => {
    const attacker = address();
    const victim = address();
    const search = (from: string, headers = {}) => requestFrom(from, "/donation-points?postcode=CT16+1JA", { headers });
    for (let n = 1; n <= 31; n += 1) await search(attacker, { "X-Forwarded-For": victim });
    expect((await search(attacker, { "X-Forwarded-For": victim })).status).toBe(429);
    // The victim, from their own connection, has all thirty searches still to spend.
    expect((await search(victim)).status).toBe(200);
  });
});

// A limit that protects a named person can't be spent by strangers to lock that person out
// (lib/rate-limit/rate-limit.ts, lib/auth/sign-in-limits.ts).
test("strangers posting a colleague's address to Auth.js's endpoint do not stop that colleague's sign-in", async ({ page }) => {
  test.setTimeout(180_000);
  const colleague = "abuse-target@example.org";
  await addStaff(colleague, "EDITOR");
  const stranger = address();
  const post = (body: Record<string, string>, cookie = "") =>
    requestFrom(stranger, "/api/auth/signin/email", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(body).toString(),
    });
  // Five posts without a CSRF token: refused by Auth.js, and they spend nothing for the colleague.
  for (let n = 1; n <= 5; n += 1) expect((await post({ email: colleague })).status, `post ${n}`).toBeLessThan(500);
  // Five more with a valid token: the stranger's own allowance for that address is spent, not anyone else's.
  const csrf = await requestFrom(stranger, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  for (let n = 1; n <= 6; n += 1) await post({ email: colleague, csrfToken }, cookiesOf(csrf));
  const emailsBefore = (await outboxFor(colleague)).length;
  // The colleague, at their own desk, still gets a link and signs in.
  await signIn(page, colleague);
  expect((await outboxFor(colleague)).length).toBeGreaterThan(emailsBefore);
});

test("a public form's post over 100 KB is refused unread with 413 and a page that says why", async () => {
  const boundary = "----winterappeal";
  const body = [`--${boundary}`, 'Content-Disposition: form-data; name="about"', "", "x".repeat(200 * 1024), `--${boundary}--`, ""].join("\r\n");
  const answer = await requestFrom(address(), "/volunteer", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, Accept: "text/html" },
    body,
  });
  expect(answer.status).toBe(413);
  expect(answer.headers["content-type"]).toMatch(/^text\/html/);
  expect(answer.text).toContain("That was too much to send");
  expect(answer.text).toContain("This form takes up to 100 KB");
});
