// The security headers every response carries (next.config.ts applies them), as plain data so a
// unit test can read them.
//
// Two script policies. Pages rendered for each request (the staff area, the forms that read the
// visitor's input, the donor's share page) get a strict one: a fresh nonce per response
// (proxy.ts makes it and hands it to Next, which stamps it on every script it writes), so no
// inline script runs that the page didn't write itself, and script files only from this site.
// Not 'strict-dynamic': when a page answers 404, Next writes its bootstrap <script src> without
// the nonce, and under 'strict-dynamic' the not-found page would stay blank. Cached public pages
// are the same bytes for everyone and cannot carry a per-request nonce: their policy allows the
// framework's inline bootstrap scripts ('unsafe-inline' for <script> elements only) while
// `script-src-attr 'none'` still refuses every inline event handler. Everything else is as tight
// as the site allows, in both.

import { effectiveTileUrl, tileOrigin } from "../donation-points/tile-settings";

type Header = { key: string; value: string };

export type PolicyOptions = {
  /** Where uploaded images are served from when they live in S3-compatible storage. */
  imageOrigin?: string;
  /** The tile server the drop-off point finder's map draws from: this one origin, nothing wider. */
  tileOrigin?: string;
  /** React needs eval in development for its debugging aids; never in production. */
  development?: boolean;
  /** The response's nonce: given, the script policy is the strict, nonce-based one. */
  nonce?: string;
};

/**
 * This deployment's options, from its configuration (next.config.ts passes process.env, proxy.ts
 * lib/env). The tile origin is in every page's policy, not only the finder's: a visitor who comes
 * to the finder from another page keeps that page's policy, as the site navigates without
 * loading a new document.
 */
export function deploymentPolicyOptions(config: { S3_PUBLIC_URL?: string; NODE_ENV?: string; MAP_TILE_URL?: string | null }): PolicyOptions {
  return {
    imageOrigin: config.S3_PUBLIC_URL ? new URL(config.S3_PUBLIC_URL).origin : undefined,
    tileOrigin: tileOrigin(effectiveTileUrl(config.MAP_TILE_URL)) ?? undefined,
    development: config.NODE_ENV === "development",
  };
}

/** Where donors are sent to pay (Checkout) and to manage a monthly gift (the billing portal). */
export const stripeOrigins = ["https://checkout.stripe.com", "https://billing.stripe.com"];

/** The hosts the appeal video may be played from, once the visitor presses play. */
export const videoOrigins = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"];

export function contentSecurityPolicy({ imageOrigin, tileOrigin, development = false, nonce }: PolicyOptions, frameAncestors = "'none'"): string {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`] : ["'self'", "'unsafe-inline'"];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [...scripts, ...(development ? ["'unsafe-eval'"] : [])],
    "script-src-attr": ["'none'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(imageOrigin ? [imageOrigin] : []), ...(tileOrigin ? [tileOrigin] : [])],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    // 'self': the widget's instructions page shows the widget itself in a frame.
    "frame-src": ["'self'", ...videoOrigins],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'", ...stripeOrigins],
    "frame-ancestors": [frameAncestors],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Who may frame the progress widget: any web page, and a page saved as a file. */
export const embedFrameAncestors = "* file:";

/** Header sets by path, in order: a later match overrides an earlier one's header of the same name. */
export function securityHeaders(options: PolicyOptions): { source: string; headers: Header[] }[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
      ],
    },
    // Headers that only mean something on a document: not sent with the build's scripts and
    // styles, where they would only add about 0.7 KB to every file a visitor downloads.
    // Strict-Transport-Security among them: a browser records it from any HTTPS answer of the
    // host, and a build file is only ever fetched by a page of the site, whose answer (like every
    // page's, redirect's and route handler's) carries it; on the files it was about 60 bytes more
    // on each of the eight or nine scripts of every page (docs/security.md, "Headers").
    {
      source: "/:path((?!_next/static/).*)",
      headers: [
        { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        // Location for "use my location" on the drop-off point finder; nothing else.
        { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), browsing-topics=(), interest-cohort=()" },
        { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      ],
    },
    // Nothing may frame the site…
    {
      source: "/:path((?!embed/|_next/static/).*)",
      headers: [
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
      ],
    },
    // …except the progress widget, which is made to be embedded in other sites' pages. "*" allows
    // any web page (http and https), but not a page opened from a file, which browsers check by
    // its file: scheme: "file:" lets a supporter try the snippet from a saved HTML file. No site
    // can put a file: page around the widget, and the widget holds no session and no form (its
    // links open the site in a new tab), so there is nothing to click-jack.
    {
      source: "/embed/:path*",
      headers: [
        { key: "Content-Security-Policy", value: contentSecurityPolicy(options, embedFrameAncestors) },
        { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
      ],
    },
    // Route handlers answer with data, not documents: nothing in an answer may load or run.
    {
      source: "/api/:path*",
      headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
    },
    // Read by other sites: the live figures, share images and uploaded pictures.
    ...[
      "/api/progress",
      "/:image(opengraph-image.*)",
      "/news/:slug/:image(opengraph-image.*)",
      "/shared/:token/:image(opengraph-image.*)",
      "/uploads/:path*",
    ].map((source) => ({
      source,
      headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }],
    })),
  ];
}
