// How every script starts the production server: scripts/serve.ts (Next.js behind our own entry,
// which decides who the client is and how large a body may be), never bare `next start`, so
// that what the tests, benchmarks and audits measure is what `npm start` runs. The entry runs
// bundled under plain `node` (scripts/lib/serve-bundle.mjs: no loader hooks on the request path),
// made here first when it is missing or older than its sources. That note goes to stderr: the
// audits and benchmarks that call this print their report on stdout.
import { ensureServeBundle } from "./serve-bundle.mjs";

/** The command and arguments that serve the build in NEXT_DIST_DIR on `port`; `nodeOptions` go to Node itself (e.g. --cpu-prof). */
export function serveCommand(port: number | string, nodeOptions: string[] = []): [string, string[]] {
  return [process.execPath, [...nodeOptions, ensureServeBundle(), "-p", String(port)]];
}

/** The same, as one line for a shell (Playwright's webServer). */
export function serveShellCommand(port: number | string, nodeOptions: string[] = []): string {
  const [command, args] = serveCommand(port, nodeOptions);
  return [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`)).join(" ");
}
