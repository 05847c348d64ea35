import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible } from "./support";

// Every public form and the postcode search are limited per address (lib/rate-limit/policies.ts),
// counted in PostgreSQL where the work happens. Once a limit is spent, a plain HTML post or a
// search is answered at the door (proxy.ts) with 429, Retry-After and a page a person can read;
// a post made by the site's own script is answered on the form, keeping what was typed.
// Each test comes from an address of its own (X-Forwarded-For), so the limits it spends are its own.

let addresses = 0;
const address = () => `192.0.2.${(process.pid * 7 + ++addresses) % 250}`;

async function visitor(browser: Browser, javaScriptEnabled: boolean, ip: string) {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": ip } });
  return { context, page: await context.newPage() };
}

test("sign-in requests: over the limit, a post without script gets a 429 page, and one with script an answer on the form", async ({ browser }) => {
  test.setTimeout(120_000);
  const ip = address();
  const { context, page } = await visitor(browser, false, ip);
  const ask = async (n: number) => {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Your work email address").fill(`not-staff-${n}@example.org`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Email me a sign-in link" }).click()]);
    return response;
  };
  // signInPerIp: 10 in 10 minutes. Every one of them gets the same answer as a real colleague would.
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
  await expect(scripted.page.getByText(/Too many attempts\. Please try again in \d+ minutes\./)).toBeVisible();
  await expect(scripted.page.getByLabel("Your work email address")).toHaveValue("still-typed@example.org");
  await scripted.context.close();
});

test("postcode searches: over the limit, a 429 page that still leads to every drop-off point", async ({ request, browser }) => {
  const ip = address();
  const search = () => request.get("/donation-points?postcode=CT16+1JA", { headers: { "X-Forwarded-For": ip }, failOnStatusCode: false });
  // postcodeLookupPerIp: 30 in 10 minutes.
  for (let n = 1; n <= 30; n += 1) expect((await search()).status(), `search ${n}`).toBe(200);
  const refused = await search();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(refused.headers()["cache-control"]).toBe("no-store");
  // The list without a search is never limited.
  expect((await request.get("/donation-points", { headers: { "X-Forwarded-For": ip } })).status()).toBe(200);

  const { context, page } = await visitor(browser, true, ip);
  const response = await page.goto("/donation-points?postcode=CT16+1JA");
  expect(response?.status()).toBe(429);
  await expect(page.getByRole("heading", { level: 1, name: /Please try again in \d+ minutes/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "See every drop-off point" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hand in a coat near you" })).toBeVisible();
  await context.close();
});

test("Auth.js's own sign-in endpoint is held to the same limit, and refuses other sites", async ({ request }) => {
  const ip = address();
  const csrf = await request.get("/api/auth/csrf", { headers: { "X-Forwarded-For": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const ask = (n: number, origin?: string) =>
    request.post("/api/auth/signin/email", {
      headers: { "X-Forwarded-For": ip, ...(origin ? { Origin: origin } : {}) },
      form: { email: `direct-${n}@example.org`, csrfToken },
      failOnStatusCode: false,
      maxRedirects: 0,
    });
  const forged = await ask(0, "https://evil.example");
  expect(forged.status()).toBe(403);
  for (let n = 1; n <= 10; n += 1) expect((await ask(n)).status(), `request ${n}`).toBeLessThan(400);
  const refused = await ask(11);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.text()).toMatch(/Too many sign-in requests\. Please try again in \d+ minutes\./);
});
