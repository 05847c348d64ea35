import "server-only";
import { env } from "@/lib/env";
import { parseBuildSettings, type BuildSettings } from "./build-settings";
import { configurationProblems } from "./configuration-problems";

/**
 * The settings the build was made with: next.config.ts inlines BUILT_WITH_SETTINGS into the
 * server code Next compiles (the one read of process.env outside lib/env.ts: it is a build-time
 * constant, not the environment). Unknown (null) in code Node runs directly (scripts/start.ts
 * before building, the worker), which serves no pages.
 */
function builtWith(): BuildSettings | null {
  // eslint-disable-next-line no-restricted-properties -- a build-time constant, see above
  return parseBuildSettings(process.env.BUILT_WITH_SETTINGS);
}

/**
 * Run wherever a server starts (instrumentation.ts for `next start` and any custom server,
 * scripts/start.ts before it builds, scripts/worker.ts): prints why the configuration is unsafe,
 * one line per variable, and returns true, for the caller to stop and exit with status 1.
 * Returns false when it is safe to start.
 */
export function refusedUnsafeStart(who: string): boolean {
  const problems = configurationProblems(env, builtWith());
  if (problems.length === 0) {
    if (env.DEMO_MODE) console.warn(`[${who}] DEMO_MODE is on: built-in test checkout, no money moves; every page says so`);
    return false;
  }
  for (const problem of problems) console.error(problem);
  console.error(
    `[${who}] refusing to start: ${problems.length === 1 ? "the setting above needs" : `the ${problems.length} settings above need`} fixing (see .env.example)`,
  );
  return true;
}
