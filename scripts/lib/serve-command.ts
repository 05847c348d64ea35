// How every script starts the production server: scripts/serve.ts (Next.js behind our own entry,
// which decides who the client is and how large a body may be), never bare `next start`, so
// that what the tests, benchmarks and audits measure is what `npm start` runs.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** The command and arguments that serve the build in NEXT_DIST_DIR on `port`; `nodeOptions` go to Node itself (e.g. --cpu-prof). */
export function serveCommand(port: number | string, nodeOptions: string[] = []): [string, string[]] {
  return [
    process.execPath,
    [
      ...nodeOptions,
      "--import",
      "tsx",
      "--import",
      path.join(root, "scripts/lib/server-only-hook.mjs"),
      path.join(root, "scripts/serve.ts"),
      "-p",
      String(port),
    ],
  ];
}
