import { expect, test } from "@playwright/test";

// Every parameter that can steer a redirect, and the framework's own redirects (trailing
// slashes, sign-in and sign-out), tried with the usual ways of pointing somewhere else. Wherever
// a response redirects, it must stay on this site.

const elsewhere = [
  "https://evil.example",
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "https:evil.example",
  "http://localhost.evil.example",
  "/%2F%2Fevil.example",
  "%2F%2Fevil.example",
  "javascript:alert(1)",
  "https://evil.example@localhost",
  "///evil.example/%2e%2e",
];

const parameterised = [
  "/api/auth/signin?callbackUrl=",
  "/api/auth/signin/email?callbackUrl=",
  "/api/auth/signout?callbackUrl=",
  "/api/auth/error?callbackUrl=",
  "/api/auth/callback/email?token=not-a-token&email=admin%40example.org&callbackUrl=",
  "/admin/sign-in?callbackUrl=",
  "/admin?callbackUrl=",
  "/donate/thank-you?session_id=x&next=",
  "/newsletter/confirm?next=",
];

/** Paths the framework may answer with a redirect of its own (trailing slashes, normalisation). */
const paths = ["//evil.example/", "//evil.example/%2e%2e", "/\\evil.example/", "/%5Cevil.example/", "/news//evil.example/", "/%2F%2Fevil.example/"];

test("no redirect parameter or path leads off the site", async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? "http://localhost").origin;
  const checked: string[] = [];
  const check = async (path: string) => {
    // Absolute, so "//evil.example/" is a path on this site rather than another host.
    const response = await request.get(`${origin}${path}`, { maxRedirects: 0, failOnStatusCode: false });
    const location = response.headers()["location"];
    // A meta refresh in the body (the staff area's shell redirects that way) counts too.
    const body = response.status() < 300 ? await response.text() : "";
    const refresh = body.match(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i)?.[1]?.replace(/&amp;/g, "&");
    for (const target of [location, refresh]) {
      if (!target) continue;
      const resolved = new URL(target, `${origin}/`);
      expect(resolved.origin, `${path} → ${target}`).toBe(origin);
      checked.push(path);
    }
  };
  for (const prefix of parameterised) for (const target of elsewhere) await check(`${prefix}${encodeURIComponent(target)}`);
  for (const path of paths) await check(path);
  // The test must have seen real redirects, not only pages that ignore the parameter.
  expect(checked.length).toBeGreaterThan(20);
});

test("a share link leads only to the three networks' own share pages, never anywhere a request names", async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? "http://localhost").origin;
  // /share/<network>/<page> redirects off the site by design, to fixed addresses: try every way
  // of pointing somewhere else, as the page and as the network.
  for (const target of elsewhere) {
    for (const path of [
      `/share/x/${encodeURIComponent(target)}`,
      `/share/${encodeURIComponent(target)}`,
      `/share/facebook/news/${encodeURIComponent(target)}`,
    ]) {
      const response = await request.get(`${origin}${path}`, { maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["location"], path).toBeUndefined();
    }
  }
  const networks = { x: "https://x.com/intent/post", facebook: "https://www.facebook.com/sharer/sharer.php", whatsapp: "https://wa.me/" };
  for (const [network, address] of Object.entries(networks)) {
    const response = await request.get(`${origin}/share/${network}`, { maxRedirects: 0 });
    expect(response.status(), network).toBe(303);
    const location = new URL(response.headers()["location"] ?? "");
    expect(location.origin + location.pathname, network).toBe(address);
  }
});
