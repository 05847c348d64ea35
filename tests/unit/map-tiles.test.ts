import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { effectiveTileUrl, OSM_TILE_URL, tileOrigin, tileUrlProblem } from "@/lib/donation-points/tile-settings";
import { buildSettingsOf, buildSettingsProblems, parseBuildSettings } from "@/lib/startup/build-settings";

describe("the map's tile server (MAP_TILE_URL)", () => {
  it("is OpenStreetMap's standard tiles when unset, and none at all when off", () => {
    expect(effectiveTileUrl(undefined)).toBe(OSM_TILE_URL);
    expect(effectiveTileUrl("  ")).toBe(OSM_TILE_URL);
    expect(effectiveTileUrl(" Off ")).toBeNull();
    expect(effectiveTileUrl(null)).toBeNull();
    expect(effectiveTileUrl(" https://tiles.example.org/{z}/{x}/{y}.png ")).toBe("https://tiles.example.org/{z}/{x}/{y}.png");
  });

  it.each([
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", null],
    ["http://127.0.0.1:3101/tiles/{z}/{x}/{y}.png", null],
    ["https://tiles.example.org/{z}/{x}/{y}{r}.png?key=abc", null],
    ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "must name one tile server outright: a {s} (or any {…}) in the host is not supported"],
    ["https://tiles.example.org/{z}/{x}.png", "must contain {y}"],
    ["https://tiles.example.org/{z}/{x}/{y}/{style}.png", "may use only {z}, {x}, {y} and {r}, not {style}"],
    ["tiles.example.org/{z}/{x}/{y}.png", 'must be an http(s) address like https://tile.openstreetmap.org/{z}/{x}/{y}.png, or "off"'],
    ["javascript:alert(1)//{z}/{x}/{y}", 'must be an http(s) address like https://tile.openstreetmap.org/{z}/{x}/{y}.png, or "off"'],
    ["https://tiles.example.org/{z}/{x}/{y}.png https://evil.example", "must be one address with no spaces"],
  ])("%s: %s", (template, problem) => {
    expect(tileUrlProblem(template)).toBe(problem);
  });

  it("gives the one origin tiles come from, or none", () => {
    expect(tileOrigin(OSM_TILE_URL)).toBe("https://tile.openstreetmap.org");
    expect(tileOrigin("https://tiles.example.org:8443/a/{z}/{x}/{y}.png")).toBe("https://tiles.example.org:8443");
    expect(tileOrigin(null)).toBeNull();
    expect(tileOrigin("https://{s}.example.org/{z}/{x}/{y}.png")).toBeNull();
  });

  it("is checked at start-up, with OpenStreetMap's credit by default and a credit required for any other server", () => {
    expect(parseEnv({})).toMatchObject({
      MAP_TILE_URL: OSM_TILE_URL,
      MAP_TILE_ATTRIBUTION: "© OpenStreetMap contributors",
      MAP_TILE_ATTRIBUTION_URL: "https://www.openstreetmap.org/copyright",
    });
    expect(parseEnv({ MAP_TILE_URL: "off" })).toMatchObject({ MAP_TILE_URL: null, MAP_TILE_ATTRIBUTION: undefined });
    // OpenStreetMap's tiles with the operator's own words: no link unless one is given.
    expect(parseEnv({ MAP_TILE_ATTRIBUTION: "Map © OpenStreetMap" })).toMatchObject({
      MAP_TILE_ATTRIBUTION: "Map © OpenStreetMap",
      MAP_TILE_ATTRIBUTION_URL: undefined,
    });
    expect(() => parseEnv({ MAP_TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png" })).toThrow(
      /MAP_TILE_ATTRIBUTION: must be set when MAP_TILE_URL names another tile server/,
    );
    expect(() => parseEnv({ MAP_TILE_URL: "https://{s}.tiles.example.org/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION: "x" })).toThrow(
      /MAP_TILE_URL: must name one tile server/,
    );
    expect(() => parseEnv({ MAP_TILE_ATTRIBUTION: "one\ntwo" })).toThrow(/MAP_TILE_ATTRIBUTION: must be one line/);
  });

  it("is baked into the build (the security policy), so a server started with another refuses and says why", () => {
    const built = buildSettingsOf({});
    expect(built.MAP_TILE_URL).toBe(OSM_TILE_URL);
    expect(parseBuildSettings(JSON.stringify(built))).toEqual(built);
    // A build from before the map allowed no tile server.
    expect(parseBuildSettings(JSON.stringify({ SITE_URL: "http://localhost:3000", DEMO_MODE: false }))?.MAP_TILE_URL).toBeNull();
    expect(buildSettingsProblems(built, buildSettingsOf({ MAP_TILE_URL: "off" }))).toEqual([
      expect.stringMatching(/^MAP_TILE_URL is "off" but the site was built with "https:\/\/tile\.openstreetmap\.org\/\{z\}\/\{x\}\/\{y\}\.png"/),
    ]);
  });
});
