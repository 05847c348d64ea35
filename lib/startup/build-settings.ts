// The settings a build bakes into what it prerenders: the origin in canonical, social and feed
// links, the demo banner, and the image and map tile origins in the content security policy (a
// header Next fixes at build time). A server started with other values would serve pages that contradict
// it, so a server refuses to start on a build made with other values (refuse-unsafe-start.ts),
// and `npm start` rebuilds instead (scripts/start.ts).
//
// Pure and free of lib/env.ts: next.config.ts reads it while building, where `server-only`
// modules cannot be loaded. lib/env.ts parses the same variables for the running site; a test
// (tests/unit/build-settings.test.ts) holds the two readings equal.

import { effectiveTileUrl } from "../donation-points/tile-settings";

export type BuildSettings = {
  /** The public origin, without a trailing slash; http://localhost:$PORT when unset. */
  SITE_URL: string;
  DEMO_MODE: boolean;
  /** The public origin of uploaded images in S3, or null when they are served by the site. */
  S3_PUBLIC_URL: string | null;
  /** The map's tile template (OpenStreetMap's when unset), or null when the map is off. */
  MAP_TILE_URL: string | null;
};

const blank = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());

/** The baked settings as the variables give them (the same defaults and trimming as lib/env.ts). */
export function buildSettingsOf(variables: Record<string, string | undefined>): BuildSettings {
  return {
    SITE_URL: (blank(variables.SITE_URL) ?? `http://localhost:${blank(variables.PORT) ?? "3000"}`).replace(/\/+$/, ""),
    DEMO_MODE: /^(1|true|yes)$/i.test(blank(variables.DEMO_MODE) ?? ""),
    S3_PUBLIC_URL: blank(variables.S3_PUBLIC_URL) ?? null,
    MAP_TILE_URL: effectiveTileUrl(variables.MAP_TILE_URL),
  };
}

/** The settings a build was made with, from the string next.config.ts inlines; null when unknown. */
export function parseBuildSettings(inlined: string | undefined): BuildSettings | null {
  if (!inlined) return null;
  try {
    const value = JSON.parse(inlined) as Partial<BuildSettings>;
    if (typeof value.SITE_URL !== "string" || typeof value.DEMO_MODE !== "boolean") return null;
    // A build from before the map allowed no tile server: read as "off".
    return {
      SITE_URL: value.SITE_URL,
      DEMO_MODE: value.DEMO_MODE,
      S3_PUBLIC_URL: value.S3_PUBLIC_URL ?? null,
      MAP_TILE_URL: typeof value.MAP_TILE_URL === "string" ? value.MAP_TILE_URL : null,
    };
  } catch {
    return null;
  }
}

const shown = (v: string | null) => (v === null ? "unset" : JSON.stringify(v));

/**
 * One line per baked setting that differs between the build and now, naming the variable first;
 * empty when they agree. DEMO_MODE keeps its own wording: the banner is what a visitor sees.
 */
export function buildSettingsProblems(built: BuildSettings, now: BuildSettings): string[] {
  const problems: string[] = [];
  const rebuild = "build again with the settings the server runs with (`npm run build`; `npm start` rebuilds by itself)";
  if (built.DEMO_MODE !== now.DEMO_MODE) {
    problems.push(
      now.DEMO_MODE
        ? "DEMO_MODE is set but the site was built without it: its cached pages carry no demo banner (build again with DEMO_MODE=1)"
        : "DEMO_MODE is not set but the site was built with it: its cached pages say it is a demo (build again without DEMO_MODE)",
    );
  }
  if (built.SITE_URL !== now.SITE_URL) {
    problems.push(
      `SITE_URL is ${shown(now.SITE_URL)} but the site was built for ${shown(built.SITE_URL)}: its prerendered pages link to the old origin (${rebuild})`,
    );
  }
  if (built.S3_PUBLIC_URL !== now.S3_PUBLIC_URL) {
    problems.push(
      `S3_PUBLIC_URL is ${shown(now.S3_PUBLIC_URL)} but the site was built with ${shown(built.S3_PUBLIC_URL)}: its security policy would block or allow the wrong image origin (${rebuild})`,
    );
  }
  if (built.MAP_TILE_URL !== now.MAP_TILE_URL) {
    problems.push(
      `MAP_TILE_URL is ${shown(now.MAP_TILE_URL ?? "off")} but the site was built with ${shown(built.MAP_TILE_URL ?? "off")}: its security policy would block the map's tiles or allow another tile server (${rebuild})`,
    );
  }
  return problems;
}

/** Which settings differ, by name: what `npm start` says before rebuilding. */
export function changedBuildSettings(built: BuildSettings, now: BuildSettings): string[] {
  return (Object.keys(now) as (keyof BuildSettings)[]).filter((k) => built[k] !== now[k]);
}
