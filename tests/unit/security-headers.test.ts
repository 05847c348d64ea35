import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, deploymentPolicyOptions, securityHeaders } from "@/lib/security/headers";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the security headers", () => {
  it("refuse inline event handlers, plugins, <base> and framing, and send forms only here or to Stripe", () => {
    const csp = directives(contentSecurityPolicy({}));
    expect(csp["script-src-attr"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'", "https://checkout.stripe.com", "https://billing.stripe.com"]);
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    expect(csp["default-src"]).toEqual(["'self'"]);
  });

  it("on pages rendered per request, run only inline scripts carrying the response's nonce, and script files from this site", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "cmFuZG9tLW5vbmNl" }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-cmFuZG9tLW5vbmNl'"]);
    expect(csp["script-src-attr"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("allow eval only in development, and images from S3 only when it is configured", () => {
    expect(directives(contentSecurityPolicy({ development: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ imageOrigin: "https://images.example.org" }))["img-src"]).toContain("https://images.example.org");
    expect(deploymentPolicyOptions({ S3_PUBLIC_URL: "https://images.example.org/appeal/", NODE_ENV: "production", MAP_TILE_URL: "off" })).toEqual({
      imageOrigin: "https://images.example.org",
      tileOrigin: undefined,
      development: false,
    });
    expect(deploymentPolicyOptions({ NODE_ENV: "development", MAP_TILE_URL: null })).toEqual({
      imageOrigin: undefined,
      tileOrigin: undefined,
      development: true,
    });
  });

  it("allow map tiles from the configured tile server's origin only, OpenStreetMap's by default", () => {
    const imgSrc = (options: Parameters<typeof deploymentPolicyOptions>[0]) => directives(contentSecurityPolicy(deploymentPolicyOptions(options)))["img-src"];
    expect(imgSrc({})).toEqual(["'self'", "data:", "blob:", "https://tile.openstreetmap.org"]);
    expect(imgSrc({ MAP_TILE_URL: "https://tiles.example.org:8443/styles/light/{z}/{x}/{y}{r}.png?key=abc" })).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://tiles.example.org:8443",
    ]);
    // Nothing wider: no scheme, no wildcard, and no origin at all when the map is off.
    expect(imgSrc({ MAP_TILE_URL: "off" })).toEqual(["'self'", "data:", "blob:"]);
    expect(imgSrc({ MAP_TILE_URL: "https://{s}.tile.example.org/{z}/{x}/{y}.png" })).toEqual(["'self'", "data:", "blob:"]);
  });

  it("let only the progress widget be framed by other sites", () => {
    const sets = securityHeaders({});
    const matching = (path: string) =>
      sets.filter((s) =>
        new RegExp(
          `^${s.source
            .replace(/:\w+\*/g, ".*")
            .replace(/:\w+\((.*)\)$/, "$1")
            .replace(/:\w+/g, "[^/]+")}$`,
        ).test(path),
      );
    const header = (path: string, key: string) =>
      matching(path)
        .flatMap((s) => s.headers)
        .filter((h) => h.key === key)
        .at(-1)?.value;
    expect(header("/", "X-Frame-Options")).toBe("DENY");
    expect(header("/admin/posts", "Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(header("/embedded-story", "X-Frame-Options")).toBe("DENY");
    // The page that explains the widget is an ordinary page; only the widget may be framed.
    expect(header("/embed", "X-Frame-Options")).toBe("DENY");
    expect(header("/embed/progress", "X-Frame-Options")).toBeUndefined();
    // Any web page, and a page saved as a file (file: is not covered by "*"); still nothing else of the site.
    expect(header("/embed/progress", "Content-Security-Policy")).toContain("frame-ancestors * file:");
    expect(header("/embed/progress", "Cross-Origin-Resource-Policy")).toBe("cross-origin");
    expect(header("/api/progress", "Cross-Origin-Resource-Policy")).toBe("cross-origin");
    expect(header("/news/a-post/opengraph-image-1x2y3z", "Cross-Origin-Resource-Policy")).toBe("cross-origin");
    expect(header("/donate", "Cross-Origin-Resource-Policy")).toBe("same-origin");
    for (const key of ["Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy"]) {
      expect(header("/news", key), key).toBeTruthy();
    }
    for (const path of ["/api/progress", "/opengraph-image", "/news/feed.xml", "/icon.svg", "/_next/image"]) {
      expect(header(path, "Strict-Transport-Security"), path).toBe("max-age=63072000; includeSubDomains");
    }
    // Route handlers' answers may load nothing; the build's scripts carry only what a file needs.
    expect(header("/api/progress", "Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    const script = "/_next/static/chunks/app-1a2b3c.js";
    for (const key of ["X-Content-Type-Options", "Cross-Origin-Resource-Policy"]) expect(header(script, key), key).toBeTruthy();
    // HSTS comes with every page, redirect and route handler's answer, which are what fetch a build file.
    for (const key of [
      "Strict-Transport-Security",
      "Content-Security-Policy",
      "X-Frame-Options",
      "Permissions-Policy",
      "Referrer-Policy",
      "Cross-Origin-Opener-Policy",
    ])
      expect(header(script, key), key).toBeUndefined();
  });
});
