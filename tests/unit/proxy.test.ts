import { describe, expect, it } from "vitest";
import { isCrossSite, tooManyRequestsPage } from "@/lib/security/proxy-limits";
import { isPerRequestPage, perRequestPages } from "@/lib/security/per-request-pages";
import { config } from "@/proxy";

describe("proxy.ts", () => {
  it("matches exactly the pages lib/security/per-request-pages.ts lists (Next needs the matcher written out)", () => {
    expect(config.matcher.filter((m) => typeof m === "string")).toEqual([...perRequestPages]);
  });

  it("knows a page rendered per request from a cached one", () => {
    for (const path of [
      "/admin",
      "/admin/posts/abc",
      "/donate",
      "/donate/thank-you",
      "/donate/test-checkout/cs_1",
      "/donation-points",
      "/newsletter",
      "/newsletter/confirm",
    ]) {
      expect(isPerRequestPage(path), path).toBe(true);
    }
    for (const path of [
      "/",
      "/news",
      "/news/a-post",
      "/volunteer",
      "/newsletters",
      "/administrator",
      "/donated",
      "/shared/abc.def",
      "/shared/abc/opengraph-image",
      "/embed/progress",
    ]) {
      expect(isPerRequestPage(path), path).toBe(false);
    }
  });

  it("judges a cross-site post by SITE_URL's origin, never by the Host the request names", () => {
    const site = "https://winter.example.org";
    expect(isCrossSite("https://winter.example.org", site)).toBe(false);
    expect(isCrossSite(null, site)).toBe(false);
    // A forged Host or X-Forwarded-Host that matches the Origin changes nothing: they are not read.
    expect(isCrossSite("https://evil.example", site)).toBe(true);
    expect(isCrossSite("http://winter.example.org", site)).toBe(true);
    expect(isCrossSite("https://winter.example.org:8443", site)).toBe(true);
    expect(isCrossSite("null", site)).toBe(true);
  });

  it("writes its 429 page without letting anything in the address become markup", () => {
    const page = tooManyRequestsPage("too many sign-in requests", "10 minutes", { href: `/x"><script>alert(1)</script>`, label: "Back", note: "Note" });
    expect(page).not.toContain("<script>");
    expect(page).toContain("&#34;&#62;&#60;script&#62;");
    expect(page).toContain("<title>Please try again in 10 minutes</title>");
  });
});
