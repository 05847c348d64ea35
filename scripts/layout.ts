// npm run layout: the production layout of docs/deploy.md on this machine, to try it or show it:
// PostgreSQL (DATABASE_URL, or the embedded one under .data/), the release step, two web servers
// from one build, one queue worker, and nginx in front (scripts/lib/layout.ts says how). Prints
// the address and runs until Ctrl-C, which stops everything in order.
//
//   npm run layout                               nginx on http://localhost:8080
//   npm run layout -- --port 0                   on any free port (the build follows the address)
//   npm run layout -- --servers 3 --workers 2
//   npm run layout -- --demo-content             fill an empty DATABASE_URL with the demo content
//
// Needs nginx (Debian: apt-get install nginx-light openssl). The build goes into .next-layout
// (NEXT_DIST_DIR to change it) and is made again only when the address or the sources change.
import "./lib/load-env";
import { parseArgs } from "node:util";
import { startLayout } from "./lib/layout";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    servers: { type: "string" },
    workers: { type: "string" },
    "demo-content": { type: "boolean" },
  },
  allowPositionals: false,
});

const whole = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) {
    console.error(`[layout] ${name} takes a whole number, not ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return Number(value);
};

const log = (line: string) => console.log(line.startsWith("[") ? line : `[layout] ${line}`);
let layout: Awaited<ReturnType<typeof startLayout>> | null = null;
const starting = new AbortController();
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // Still starting: the step under way ends and startLayout stops what it had started, then fails.
  if (!layout) return starting.abort();
  await layout.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  layout = await startLayout({
    port: whole(values.port, 8080, "--port"),
    servers: whole(values.servers, 2, "--servers"),
    workers: whole(values.workers, 1, "--workers"),
    distDir: process.env.NEXT_DIST_DIR?.trim() || ".next-layout",
    demoContent: values["demo-content"] ?? false,
    log,
    signal: starting.signal,
  });
} catch (error) {
  if (starting.signal.aborted) process.exit(130);
  console.error(`[layout] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// The embedded PostgreSQL's package stops its servers on SIGINT and SIGTERM by itself, at once:
// from here on only this process's order holds (nginx, servers, workers, then the database).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void stop(0));
}
if (stopping) {
  // Ctrl-C in the moment between the last step and here.
  await layout.stop();
  process.exit(0);
}

console.log(`
[layout] ready: ${layout.origin}
[layout]   nginx          ${layout.origin}  (config, pid and logs in ${layout.nginxPrefix})
[layout]   web servers    ${layout.servers.join(", ")}  (behind nginx, TRUSTED_PROXY_HOPS=1)
[layout]   data folder    ${layout.dataDir}  (outbox and uploads, shared by every process)
[layout] Ctrl-C stops everything.
`);
layout.broken.then(
  (why) => {
    console.error(`[layout] ${why}: stopping everything`);
    void stop(1);
  },
  () => {},
);
