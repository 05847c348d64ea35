// The pages rendered for each request, which get the strict, nonce-based script policy. proxy.ts
// repeats this list in its matcher (Next needs it written out there); tests/unit/proxy.test.ts
// keeps the two the same, and tests/e2e/content-security-policy.spec.ts holds them to the build.
export const perRequestPages = [
  "/admin/:path*",
  "/donate",
  "/donate/:path+",
  "/donation-points",
  "/newsletter",
  "/newsletter/confirm",
  "/newsletter/unsubscribe",
  // ── Coat wall (issue #17): the private confirm and delete links ──
  "/coat-wall/confirm",
  "/coat-wall/delete",
  // Coat drives (issue #18): the organiser's confirmation, new-link and private pages, and stop-emails page.
  "/coat-drives/confirm",
  "/coat-drives/edit/:path*",
  "/coat-drives/stop-emails",
] as const;

const patterns = perRequestPages.map(
  (page) =>
    new RegExp(
      `^${page
        .replace(/\/:\w+\*/g, "(?:/.*)?")
        .replace(/\/:\w+\+/g, "/.+")
        .replace(/\/:\w+/g, "/[^/]+")}$`,
    ),
);

export function isPerRequestPage(pathname: string): boolean {
  return patterns.some((pattern) => pattern.test(pathname));
}
