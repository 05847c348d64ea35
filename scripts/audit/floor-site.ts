// The framework's floor: a trivial Next.js app (one heading, one link), built with the same Next.js
// and React from this project's node_modules and served by `next start`. The Lighthouse and
// main-thread audits measure it in the same run as the site, so each page is judged against what
// Next.js itself costs on this machine today, not against a figure from a quieter day. Each audit
// builds it in a folder of its own, so the two can run at once.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { get, type RunningSite } from "./production-site";

const root = path.resolve(import.meta.dirname, "../..");
/** A folder for the floor app, inside the project (so Node and Turbopack resolve `next` from its node_modules), ignored by git and lint as `.next-*`. */
export const floorDir = (name: string) => path.join(root, `.next-${name}-floor`);

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "floor", private: true, type: "module" }),
  "next.config.mjs": `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`,
  "app/layout.jsx": `export const metadata = { title: "Floor", description: "A trivial Next.js page." };
export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/page.jsx": `import Link from "next/link";
export default function Page() {
  return (<main><h1>A trivial page</h1><Link href="/about">About</Link></main>);
}
`,
  // An icon, as the site has: without one the browser's request for /favicon.ico fails and costs Best Practices points.
  "app/icon.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#222"/></svg>\n`,
  "app/about/page.jsx": `export default function About() {
  return (<main><h1>About</h1></main>);
}
`,
};

/** Writes and builds the floor app in `dir`; how long the build took, in ms. */
export function buildFloor(dir: string): number {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const started = performance.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" };
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: dir, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`floor build failed:\n${`${build.stdout}\n${build.stderr}`.trim().split("\n").slice(-40).join("\n")}`);
  return performance.now() - started;
}

/** `next start` on the floor app built in `dir`, detached (stop it with scripts/lib/process-group.ts); resolves once `/` answers 200. */
export async function startFloor(dir: string, port: number, started: (site: RunningSite) => void): Promise<RunningSite> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" };
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: dir,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const site: RunningSite = { child, log: [] };
  started(site);
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => site.log.push(...chunk.split("\n").filter(Boolean)));
  }
  const since = performance.now();
  while (performance.now() - since < 60_000 && child.exitCode === null) {
    const answer = await get(`http://127.0.0.1:${port}/`).catch(() => null);
    if (answer?.status === 200) return site;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the floor app did not answer 200 on / within 60 s:\n${site.log.slice(-40).join("\n")}`);
}

export const removeFloor = (dir: string) => fs.rmSync(dir, { recursive: true, force: true });
