import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { deploymentPolicyOptions, securityHeaders } from "./lib/security/headers";
import { buildSettingsOf } from "./lib/startup/build-settings";

const require = createRequire(import.meta.url);

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Several servers on one DATABASE_URL stay coherent: cache entries stay in each server's memory,
  // but which tags were invalidated when is kept in PostgreSQL and pushed with LISTEN/NOTIFY
  // (lib/cache/shared-tags.mjs), for 'use cache' (cacheHandlers) and for prerendered pages and
  // route responses (cacheHandler). docs/deploy.md, "Caching across servers".
  cacheHandlers: {
    default: require.resolve("./lib/cache/use-cache-handler.mjs"),
    remote: require.resolve("./lib/cache/use-cache-handler.mjs"),
  },
  cacheHandler: require.resolve("./lib/cache/incremental-cache-handler.mjs"),
  // Forms rendered by one server post to another: every server of one build must name the same
  // deployment (and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, read by Next itself, the same key).
  // Unset: Next's default, fine for one server or several started from the same build folder.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID?.trim() || undefined,
  // Off on purpose: with partial prefetching, a route with generateStaticParams streams a static
  // shell for unlisted params before the page can call notFound(), so an unknown post or
  // category would answer 200 instead of 404.
  partialPrefetching: false,
  // The test suite builds into its own folder so it never overwrites the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The settings this build bakes into its pages (origin, demo banner, image origin): inlined
  // into the server code, where the start-up check compares them with the ones the server starts
  // with, and read back by `npm start` to rebuild when they change (lib/startup/build-settings.ts).
  env: { BUILT_WITH_SETTINGS: JSON.stringify(buildSettingsOf(process.env)) },
  experimental: {
    // Post cover images are sent through a server action; lib/images refuses anything over 10 MB
    // with its own message beside the field, so the framework's limit sits just above that (room
    // for the rest of the form) instead of cutting the request off at the default 1 MB. This is
    // only the outer bound: the server entry (scripts/serve.ts) refuses bodies by path first
    // (lib/http/body-limits.ts), 100 KB for every public form, the 11 MB for the post editor only.
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts sees staff pages' posts (for their nonce), and Next hands it a copy of the body cut
    // at this size, cutting the body the action then reads too: so the same limit as above.
    proxyClientMaxBodySize: "11mb",
  },
  // The build checks the app's own code; `npm test` type-checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.next.json" },
  async headers() {
    return securityHeaders(deploymentPolicyOptions(process.env));
  },
  async rewrites() {
    // The public list addresses carry their filters in the query string
    // (/news?category=volunteer-stories&page=2). Search parameters would make the page render on
    // every request; rewriting them to path parameters lets each list page be prerendered and
    // cached like any other, while the addresses people share stay the same.
    const category = { type: "query" as const, key: "category", value: "(?<category>.*)" };
    const page = { type: "query" as const, key: "page", value: "(?<page>.*)" };
    // A point chosen in the wall's filter form ("" is "every point", left to /coat-wall itself).
    const point = { type: "query" as const, key: "point", value: "(?<point>.+)" };
    return {
      beforeFiles: [
        { source: "/news", has: [category, page], destination: "/news-list/:category/:page" },
        { source: "/news", has: [category], destination: "/news-list/:category/1" },
        { source: "/news", has: [page], destination: "/news-list/all/:page" },
        // ── Coat wall (issue #17): /coat-wall?point=<id>&page=<n> ──
        { source: "/coat-wall", has: [point, page], destination: "/coat-wall-list/:point/:page" },
        { source: "/coat-wall", has: [point], destination: "/coat-wall-list/:point/1" },
        { source: "/coat-wall", has: [page], destination: "/coat-wall-list/all/:page" },
        // Coat drives (issue #18): /coat-drives?sort=newest, the same way.
        { source: "/coat-drives", has: [{ type: "query", key: "sort", value: "(?<sort>coats|newest)" }], destination: "/coat-drives-list/:sort" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
