// npm run audit:observatory: the MDN HTTP Observatory's grade for each page, fully offline, with
// the site in its production shape: nginx with TLS in front, plain HTTP redirecting to HTTPS.
//
//  1. The scanner, @mdn/mdn-http-observatory, installed from the npm registry into an ignored cache
//     folder (.cache/mdn-http-observatory) on the first run. Not a dependency of the project: one of
//     its dependencies downloads certificates from outside the registry in a postinstall script,
//     so it is installed with --ignore-scripts. Its own postinstall would download Chromium's HSTS
//     preload list; an empty list stands in for it (no local host is preloaded, nor is the site).
//  2. A production build (into .next-observatory) on a throwaway embedded PostgreSQL with the demo
//     content, served by scripts/serve.ts on the embedded defaults (scripts/audit/production-site.ts).
//  3. nginx with docs/nginx/winter-appeal.conf.template, as docs/deploy.md sets it up: HTTPS on
//     one port with a self-signed certificate made for this run, and the redirecting plain-HTTP
//     server on another (scripts/lib/nginx.ts). The site is told its address is the HTTPS one.
//  4. Each page scanned by scripts/audit/observatory-scan.ts, in a process that trusts the
//     certificate, as the Observatory's own scan() would scan the site's home page.
//
// The bar: A or better for pages rendered per request (strict, nonce-based policy) and route
// handlers; B+ or better for cached pages, whose policy must allow inline script elements because
// the same bytes go to everyone (docs/security.md). Anything less exits 1, after the report.
// Only the report (Markdown) goes to stdout; progress goes to stderr.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { findNginx, nginxVersion, selfSignedCertificate, startNginx, type Nginx } from "../lib/nginx";
import { killGroup, portIsFree, stopGroup } from "../lib/process-group";
import { isPerRequestPage } from "../../lib/security/per-request-pages";
import type { PageScan } from "./observatory-scan";
import { buildSite, demoDatabase, get, siteEnv, sitemapPaths, startSite, type RunningSite } from "./production-site";

const SCANNER = "@mdn/mdn-http-observatory";
const SCANNER_VERSION = "1.4.8";
const CACHE_DIR = path.resolve(".cache/mdn-http-observatory");
const PACKAGE_DIR = path.join(CACHE_DIR, "node_modules", SCANNER);
const PORT = Number(process.env.OBSERVATORY_PORT ?? 3310);
const HTTPS_PORT = PORT + 1;
const HTTP_PORT = PORT + 2;
const STATIC_PORT = PORT + 3; // nginx.ts's file server, unused here
const DIST_DIR = ".next-observatory";
const GRADES = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"];
/** The lowest grade each page may have: see the bar above. */
const barFor = (pagePath: string) => (isPerRequestPage(pagePath.split("?")[0] ?? pagePath) || pagePath.startsWith("/api/") ? "A" : "B+");
const meetsBar = (scan: PageScan) => Boolean(scan.grade) && GRADES.indexOf(scan.grade ?? "F") <= GRADES.indexOf(barFor(scan.path));
const MINIMUM_FOR_BONUSES = 90; // MINIMUM_SCORE_FOR_EXTRA_CREDIT in the scanner's src/grader/charts.js

const say = (message: string) => process.stderr.write(`[observatory] ${message}\n`);

/** The scanner in the cache folder, installed there first if it is missing or another version. */
function installScanner() {
  const manifest = path.join(PACKAGE_DIR, "package.json");
  const installed = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: string }).version : undefined;
  if (installed === SCANNER_VERSION) {
    say(`${SCANNER}@${SCANNER_VERSION} already in ${path.relative(process.cwd(), CACHE_DIR)}`);
  } else {
    say(`installing ${SCANNER}@${SCANNER_VERSION} into ${path.relative(process.cwd(), CACHE_DIR)} (scripts not run)…`);
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const npm = spawnSync(
      "npm",
      ["install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", CACHE_DIR, `${SCANNER}@${SCANNER_VERSION}`],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    if (npm.status !== 0) throw new Error(`npm could not install ${SCANNER}:\n${npm.stderr.trim().split("\n").slice(-20).join("\n")}`);
  }
  // What the skipped postinstall would have downloaded (src/retrieve-hsts.js): read by the
  // redirection and HSTS tests, which ask whether the host is preloaded.
  const preload = path.join(PACKAGE_DIR, "conf", "hsts-preload.json");
  if (!fs.existsSync(preload)) fs.writeFileSync(preload, "{}\n");
}

const dir = path.join(os.tmpdir(), `winter-appeal-observatory-${process.pid}`);
let web: RunningSite | null = null;
let nginx: Nginx | null = null;
const killWeb = (signal: NodeJS.Signals) => killGroup(web?.child ?? null, signal);
const stopWeb = () => stopGroup(web?.child ?? null);
/** The server's last lines of output (a function, so the compiler does not narrow `web` to its initial null). */
const serverLog = () => web?.log ?? [];
/** The build is made afresh on every run, and neither ESLint nor tsc is told to skip it: remove it. */
const removeBuild = () => fs.rmSync(DIST_DIR, { recursive: true, force: true });

const NGINX = findNginx();
if (!NGINX) throw new Error("no nginx binary found: apt-get install nginx-light");
for (const port of [PORT, HTTPS_PORT, HTTP_PORT, STATIC_PORT]) {
  if (!(await portIsFree(port))) throw new Error(`port ${port} is in use: set OBSERVATORY_PORT to a free one (the audit uses it and the next four)`);
}
installScanner();
fs.mkdirSync(dir, { recursive: true });
const tls = selfSignedCertificate(dir);
const database = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), ephemeral: true, preferredPort: PORT + 4 });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killWeb("SIGKILL");
    nginx?.kill();
    void database.stop().finally(() => process.exit(130));
  });
}
process.once("exit", () => {
  killWeb("SIGKILL");
  nginx?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  removeBuild();
});

const publicOrigin = `https://localhost:${HTTPS_PORT}`;
say("migrating and seeding a throwaway database…");
const url = await demoDatabase(database.serverUrl, "observatory");
// nginx (the template) is the one proxy in front, and writes the address it saw, as in production.
const env = { ...siteEnv({ databaseUrl: url, distDir: DIST_DIR, dataDir: dir, siteUrl: publicOrigin }), TRUSTED_PROXY_HOPS: "1" };

let scans: PageScan[] = [];
try {
  say(`building for production into ${DIST_DIR}…`);
  buildSite(env);
  say("starting the site…");
  await startSite(env, PORT, (site) => (web = site));

  const direct = `http://127.0.0.1:${PORT}`;
  const post = (await sitemapPaths(direct)).find((p) => p.startsWith("/news/"));
  if (!post) throw new Error("the sitemap lists no post");
  // The pages of issue 7, and the one answer that sets a cookie for a signed-out visitor (the staff
  // sign-in's CSRF token), so the cookies test has something to judge.
  const paths = ["/", "/news", post, "/donate", "/volunteer", "/donation-points", "/embed/progress", "/admin", "/api/progress", "/api/auth/csrf"];
  // Warm every page once, so no scan waits on a cold render (the scanner gives up after 10 s).
  for (const p of paths) await get(`${direct}${p}`);

  say(`starting ${nginxVersion(NGINX)}: HTTPS on ${HTTPS_PORT}, plain HTTP (redirecting) on ${HTTP_PORT}…`);
  nginx = await startNginx({
    binary: NGINX,
    port: HTTPS_PORT,
    staticPort: STATIC_PORT,
    upstream: `127.0.0.1:${PORT}`,
    routes: [],
    tls: { certificate: tls.certificate, key: tls.key, httpPort: HTTP_PORT },
  });

  const options = JSON.stringify({ hostname: "localhost", httpPort: HTTP_PORT, httpsPort: HTTPS_PORT, paths });
  const scan = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "observatory-scan.ts"), PACKAGE_DIR, options], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certificate },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (scan.status !== 0) throw new Error(`the scan failed (exit ${scan.status})`);
  scans = JSON.parse(scan.stdout) as PageScan[];
} catch (error) {
  if (serverLog().length) say(`server log (last lines):\n${serverLog().slice(-20).join("\n")}`);
  if (nginx) say(`nginx log:\n${nginx.log()}`);
  throw error;
} finally {
  await nginx?.stop();
  await stopWeb();
  await database.stop();
  removeBuild();
}

// ── The report ───────────────────────────────────────────────────────────────────────────────
/** The scanner's descriptions are HTML (<code>, links): plain text for a table cell. */
const plain = (html: string) =>
  html
    .replace(/<code>(.*?)<\/code>/g, "`$1`")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "’")
    .replace(/&amp;/g, "&")
    .replace(/\|/g, "\\|")
    .replace(/\s+/g, " ")
    .trim();
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const failed = (scan: PageScan) => scan.tests.filter((test) => !test.pass);
const below = scans.filter((scan) => !meetsBar(scan));
const answer = (scan: PageScan) => `${scan.status ?? "none"}${scan.finalPath && scan.finalPath !== scan.path ? ` at \`${scan.finalPath}\`` : ""}`;
/** Each failed result once, with the scanner's reason, and the script-src it read for the CSP test. */
const failures = new Map<string, { test: string; modifier: number; description: string; pages: string[]; scriptSrc: Set<string> }>();
for (const scan of scans) {
  for (const test of failed(scan)) {
    const seen = failures.get(test.result) ?? {
      test: test.name,
      modifier: test.modifier,
      description: test.description,
      pages: [],
      scriptSrc: new Set<string>(),
    };
    seen.pages.push(scan.path);
    if (test.scriptSrc) seen.scriptSrc.add(test.scriptSrc.join(" "));
    failures.set(test.result, seen);
  }
}

const lines = [
  `### MDN HTTP Observatory (${new Date().toISOString().slice(0, 10)})`,
  "",
  `\`${SCANNER}\` ${SCANNER_VERSION}, scoring as its \`scan()\` does, page by page. ` +
    `Production build on scripts/serve.ts behind ${nginxVersion(NGINX)} with docs/nginx/winter-appeal.conf.template: ` +
    `HTTPS with a certificate made for the run (trusted by the scanner), plain HTTP redirecting to it. ` +
    `Bonuses count only once the score without them reaches ${MINIMUM_FOR_BONUSES} (the scanner’s rule). The bar: A or better for pages rendered per request and route handlers, B+ or better for cached pages.`,
  "",
  "| page | answer | grade | score | tests passed | failed | bonuses |",
  "|---|---|:-:|--:|--:|---|---|",
  ...scans.map((scan) => {
    if (scan.error) return `| \`${scan.path}\` | ${answer(scan)} | — | — | — | ${plain(scan.error)} | |`;
    const fails = failed(scan).map((test) => `${test.name} (${signed(test.modifier)})`);
    const bonuses = scan.tests.filter((test) => test.pass && test.modifier > 0).map((test) => `${test.name} ${signed(test.modifier)}`);
    return `| \`${scan.path}\` | ${answer(scan)} | ${scan.grade} | ${scan.score} | ${scan.passed}/${scan.total} | ${fails.join(", ") || "none"} | ${bonuses.join(", ") || "none"} |`;
  }),
  "",
  "Failed results, with the scanner’s reason:",
  "",
  ...(failures.size
    ? [...failures].map(([result, f]) => {
        const read = f.scriptSrc.size ? ` It read \`script-src ${[...f.scriptSrc].join("` / `script-src ")}\`.` : "";
        return `- **${f.test}**, \`${result}\` (${signed(f.modifier)}) on ${f.pages.length === scans.length ? "every page" : f.pages.map((p) => `\`${p}\``).join(", ")}: ${plain(f.description)}${read}`;
      })
    : ["- none"]),
  "",
  below.length
    ? `**Below the bar:** ${below.map((scan) => `\`${scan.path}\` (${scan.grade ?? "no grade"}, needs ${barFor(scan.path)})`).join(", ")}.`
    : "Every page meets its bar.",
];
process.stdout.write(`${lines.join("\n")}\n`);
process.exit(below.length ? 1 : 0);
