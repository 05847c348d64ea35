import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { buildSettingsOf, buildSettingsProblems, changedBuildSettings, parseBuildSettings } from "@/lib/startup/build-settings";
import { settingsOfEnv } from "@/lib/startup/configuration-problems";

// next.config.ts reads the baked settings from the raw variables (it cannot load lib/env.ts);
// the server reads them through lib/env.ts. Both readings must agree, or every start would refuse.
describe("buildSettingsOf reads the variables as lib/env.ts does", () => {
  it.each<[string, Record<string, string | undefined>]>([
    ["nothing set", {}],
    ["another port", { PORT: "3100" }],
    ["a blank SITE_URL", { SITE_URL: "  ", PORT: "4000" }],
    ["a trailing slash", { SITE_URL: "https://winter.example.org/" }],
    ["DEMO_MODE words", { DEMO_MODE: "TRUE" }],
    ["DEMO_MODE off", { DEMO_MODE: "no" }],
    ["the map off", { MAP_TILE_URL: "OFF" }],
    ["another tile server", { MAP_TILE_URL: " https://tiles.example.org/{z}/{x}/{y}.png ", MAP_TILE_ATTRIBUTION: "Tiles © Example" }],
    ["an image origin", { S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s", S3_PUBLIC_URL: "https://images.example.org" }],
  ])("%s", (_, variables) => {
    expect(buildSettingsOf(variables)).toEqual(settingsOfEnv(parseEnv(variables)));
  });
});

describe("the inlined settings", () => {
  it("round-trip through the string next.config.ts inlines", () => {
    const settings = buildSettingsOf({ SITE_URL: "https://winter.example.org", DEMO_MODE: "1" });
    expect(parseBuildSettings(JSON.stringify(settings))).toEqual(settings);
  });

  it("are unknown when absent or unreadable, never guessed", () => {
    expect(parseBuildSettings(undefined)).toBeNull();
    expect(parseBuildSettings("")).toBeNull();
    expect(parseBuildSettings("{not json")).toBeNull();
    expect(parseBuildSettings(JSON.stringify({ SITE_URL: 3 }))).toBeNull();
  });

  it("name each setting that changed, and nothing when none did", () => {
    const built = buildSettingsOf({});
    expect(changedBuildSettings(built, buildSettingsOf({}))).toEqual([]);
    expect(buildSettingsProblems(built, buildSettingsOf({}))).toEqual([]);
    const now = buildSettingsOf({ PORT: "3100", DEMO_MODE: "1" });
    expect(changedBuildSettings(built, now)).toEqual(["SITE_URL", "DEMO_MODE"]);
    expect(buildSettingsProblems(built, now).map((line) => line.split(" ")[0])).toEqual(["DEMO_MODE", "SITE_URL"]);
  });
});
