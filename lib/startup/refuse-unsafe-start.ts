import "server-only";
import { env } from "@/lib/env";
import { configurationProblems } from "./configuration-problems";

/**
 * Run wherever a server starts (instrumentation.ts for `next start` and any custom server,
 * scripts/start.ts before it builds, scripts/worker.ts): prints why the configuration is unsafe,
 * one line per variable, and returns true, for the caller to stop and exit with status 1.
 * Returns false when it is safe to start.
 */
export function refusedUnsafeStart(who: string): boolean {
  const problems = configurationProblems(env);
  if (problems.length === 0) {
    if (env.DEMO_MODE) console.warn(`[${who}] DEMO_MODE is on: built-in test checkout, no money moves; every page says so`);
    return false;
  }
  for (const problem of problems) console.error(problem);
  console.error(`[${who}] refusing to start: ${problems.length === 1 ? "the setting above needs" : `the ${problems.length} settings above need`} fixing (see .env.example)`);
  return true;
}
