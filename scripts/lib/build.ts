// Whether the production build in a dist folder can be served as it is: shared by `npm start`
// (scripts/start.ts) and `npm run layout` (scripts/layout.ts), which rebuild when it cannot.
import fs from "node:fs";
import path from "node:path";
import { buildSettingsOf, changedBuildSettings, parseBuildSettings } from "../../lib/startup/build-settings";

type BuildConfig = { env?: Record<string, string>; deploymentId?: string };

function builtConfig(distDir: string): BuildConfig | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "required-server-files.json"), "utf8")) as { config?: BuildConfig };
    return manifest.config ?? null;
  } catch {
    return null;
  }
}

/** The settings next.config.ts inlined into the build, as Next records its configuration. */
export function builtWith(distDir: string) {
  return parseBuildSettings(builtConfig(distDir)?.env?.BUILT_WITH_SETTINGS);
}

/**
 * Why the build in `distDir` must be made again for these settings, or null when it can be
 * served: there is none, it was made with other baked-in settings (SITE_URL, DEMO_MODE,
 * S3_PUBLIC_URL: lib/startup/build-settings.ts) or another NEXT_DEPLOYMENT_ID, or a source
 * file is newer than it.
 */
export function whyRebuild(distDir: string, variables: Record<string, string | undefined>): string | null {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return "no build yet";
  const built = builtWith(distDir);
  const changed = built ? changedBuildSettings(built, buildSettingsOf(variables)) : ["(unknown)"];
  if (changed.length) return `the build was made with other settings (${changed.join(", ")})`;
  const deploymentId = variables.NEXT_DEPLOYMENT_ID?.trim() || undefined;
  if (deploymentId !== (builtConfig(distDir)?.deploymentId || undefined)) return "the build was made for another NEXT_DEPLOYMENT_ID";
  const builtAt = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "tailwind.config.ts", "package-lock.json"];
  const newer = (p: string): boolean => {
    if (!fs.existsSync(p)) return false;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return false;
      return fs.readdirSync(p).some((f) => newer(path.join(p, f)));
    }
    return stat.mtimeMs > builtAt;
  };
  return sources.some(newer) ? "the sources changed since the build" : null;
}
