// npm run audit:lighthouse: Lighthouse scores for the public pages, fully offline.
//
//  1. A production build (into .next-lighthouse) on a throwaway embedded PostgreSQL with the demo
//     content, served by scripts/serve.ts on the embedded defaults (queue worker inline, no Stripe or
//     Resend keys), as the site bench does.
//  2. The local Chromium, headless, with every host but localhost unresolvable, so neither the
//     browser nor the page can reach the internet. Lighthouse runs in this process (no CLI, so no
//     update check, no error reporting).
//  3. `/`, `/news`, the first post in the sitemap, `/donate` and `/volunteer`: Lighthouse's default
//     (mobile) settings, RUNS runs each, one at a time; the table shows the median of each figure.
//  4. The framework's floor (scripts/audit/floor-site.ts): a trivial Next.js page built with the
//     same versions, scored in the same rounds (each round audits the floor, then every page), so
//     a busy machine slows both alike. The targets are relative to it: Total Blocking Time at
//     most 1.3 times the floor's, Performance within 3 points, JavaScript at most 5 KB over.
//
// Only the results (Markdown, targets beside them) go to stdout; progress goes to stderr.
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { killGroup, portIsFree, stopGroup } from "../lib/process-group";
import { buildFloor, floorDir, removeFloor, startFloor } from "./floor-site";
import { buildSite, demoDatabase, get, median, siteEnv, sitemapPaths, startSite, throwawayWorkspace, type RunningSite } from "./production-site";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3290);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DIST_DIR = ".next-lighthouse";
const MAX_ATTEMPTS = 3;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"]);

const FLOOR_PORT = PORT + 1;
const FLOOR_DIR = floorDir("lighthouse");
const FLOOR = "floor: a trivial Next.js page";

// The targets, against the floor measured in the same run (issue #15).
const TARGET = { performanceBelowFloor: 3, tbtTimesFloor: 1.3, jsKbOverFloor: 5, accessibility: 100, bestPractices: 100, seo: 100, thirdParty: 0 };

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

const say = (message: string) => process.stderr.write(`[lighthouse] ${message}\n`);
const num = (n: number, digits = 0) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

let web: RunningSite | null = null;
let floorSite: RunningSite | null = null;
let chrome: chromeLauncher.LaunchedChrome | null = null;

/** The server was started detached, as a process group of its own: these end all of it. */
const killWeb = (signal: NodeJS.Signals) => {
  killGroup(web?.child ?? null, signal);
  killGroup(floorSite?.child ?? null, signal);
};
const stopWeb = () => Promise.all([stopGroup(web?.child ?? null), stopGroup(floorSite?.child ?? null)]);
/** The server's last lines of output (a function, so the compiler does not narrow `web` to its initial null). */
const serverLog = () => web?.log ?? [];
/** Synchronous, for the exit hook (chrome.kill() also removes its profile folder, but is async). */
function killChrome() {
  const pid = chrome?.pid;
  if (!pid) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}
/** The build is made afresh on every run, and neither ESLint nor tsc is told to skip it: remove it. */
const removeBuild = () => {
  fs.rmSync(DIST_DIR, { recursive: true, force: true });
  removeFloor(FLOOR_DIR);
};

for (const port of [PORT, FLOOR_PORT])
  if (!(await portIsFree(port))) throw new Error(`port ${port} is in use: set LIGHTHOUSE_PORT to a free one (it and the next two are used)`);
if (!fs.existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME}: set CHROME_PATH`);
const { dir, database } = await throwawayWorkspace("lighthouse", {
  preferredPort: PORT + 2,
  onSignal: () => {
    killWeb("SIGKILL");
    return chrome?.kill();
  },
  onExit: () => {
    killWeb("SIGKILL");
    killChrome();
    removeBuild();
  },
});

const origin = `http://localhost:${PORT}`;
say("migrating and seeding a throwaway database…");
const url = await demoDatabase(database.serverUrl, "lighthouse");
const env = siteEnv({ databaseUrl: url, distDir: DIST_DIR, dataDir: dir, siteUrl: origin });

/** What the server answers a browser that accepts compression, for the page and its first script. */
async function compression(): Promise<string> {
  const accept = { "accept-encoding": "gzip, deflate, br, zstd" };
  const page = await get(`${origin}/`, accept);
  const html = (await get(`${origin}/`)).body.toString("utf8");
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const parts = [`\`/\` → ${page.headers["content-encoding"] ?? "none"}`];
  if (script) {
    const js = await get(`${origin}${script}`, accept);
    parts.push(`\`${script.replace(/^.*\//, "…/")}\` → ${js.headers["content-encoding"] ?? "none"}`);
  }
  return parts.join(", ");
}

type Details = { type?: string; items?: Record<string, unknown>[] };
const itemsOf = (lhr: Lhr, audit: string): Record<string, unknown>[] => (lhr.audits[audit]?.details as Details | undefined)?.items ?? [];

type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  jsBytes: number;
  thirdParty: number;
  thirdPartyUrls: string[];
};

function figuresOf(lhr: Lhr): Figures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const script = itemsOf(lhr, "resource-summary").find((item) => item.resourceType === "script");
  const thirdPartyUrls = itemsOf(lhr, "network-requests")
    .map((item) => String(item.url ?? ""))
    .filter((address) => {
      try {
        const parsed = new URL(address);
        return (parsed.protocol === "http:" || parsed.protocol === "https:") && !LOCAL_HOSTS.has(parsed.hostname);
      } catch {
        return false;
      }
    });
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    tbtMs: Number(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
    jsBytes: Number(script?.transferSize ?? 0),
    thirdParty: thirdPartyUrls.length,
    thirdPartyUrls,
  };
}

/** The scored audits that cost the most points across the report's four categories. */
function costliest(lhr: Lhr, count: number): string[] {
  const lost: { id: string; title: string; category: string; points: number; shown: string }[] = [];
  for (const category of Object.values(lhr.categories)) {
    const total = category.auditRefs.reduce((sum, ref) => sum + ref.weight, 0);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lost.push({
        id: ref.id,
        title: audit.title,
        category: category.title,
        points: (ref.weight * (1 - audit.score) * 100) / total,
        shown: audit.displayValue ?? "",
      });
    }
  }
  return lost
    .sort((a, b) => b.points - a.points)
    .slice(0, count)
    .map((a) => `${a.category}: ${a.title} (\`${a.id}\`${a.shown ? `, ${a.shown}` : ""}) −${num(a.points, 1)} pts`);
}

type PageResult = { path: string; htmlBytes: number; runs: Figures[]; worst: string[]; medianRun: Lhr };
const pages: PageResult[] = [];
let floor: PageResult | null = null;
let buildMs = 0;
let floorBuildMs = 0;
let compressed = "";

try {
  say(`building for production into ${DIST_DIR}…`);
  buildMs = buildSite(env);

  say("building the floor (a trivial Next.js page)…");
  floorBuildMs = buildFloor(FLOOR_DIR);

  say("starting the site and the floor…");
  await startSite(env, PORT, (site) => (web = site));
  await startFloor(FLOOR_DIR, FLOOR_PORT, (site) => (floorSite = site));
  compressed = await compression();
  say(`compression: ${compressed}`);

  const post = (await sitemapPaths(origin)).find((p) => p.startsWith("/news/"));
  if (!post) throw new Error("the sitemap lists no post");
  const paths = ["/", "/news", post, "/donate", "/volunteer"];
  const floorOrigin = `http://localhost:${FLOOR_PORT}`;
  const targets = [{ label: FLOOR, url: `${floorOrigin}/` }, ...paths.map((p) => ({ label: p, url: `${origin}${p}` }))];
  // Warm every page once, so the first Lighthouse run does not pay for a cold cache; keep the HTML's size.
  const htmlBytes = new Map<string, number>();
  for (const target of targets) {
    const answer = await get(target.url);
    if (answer.status !== 200) throw new Error(`${target.url} answered ${answer.status}`);
    htmlBytes.set(target.label, answer.body.length);
  }

  chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      // Nothing but the site: any other host fails to resolve, for the browser and the page alike.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ],
    logLevel: "silent",
    // Our own SIGINT handler stops Chromium along with the server and the database.
    handleSIGINT: false,
  });

  // Rounds: the floor, then every page, RUNS times, so noise on the machine falls on all of them.
  const runs = new Map<string, { figures: Figures; lhr: Lhr }[]>(targets.map((t) => [t.label, []]));
  for (let run = 1; run <= RUNS; run += 1) {
    for (const target of targets) {
      say(`${target.label}: run ${run} of ${RUNS}…`);
      // On a busy machine the trace is now and then lost (NO_NAVSTART and the like): try again.
      for (let attempt = 1; ; attempt += 1) {
        const result = await lighthouse(target.url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
        const failure = result.lhr.runtimeError;
        if (!failure) {
          runs.get(target.label)?.push({ figures: figuresOf(result.lhr), lhr: result.lhr });
          break;
        }
        if (attempt >= MAX_ATTEMPTS) throw new Error(`Lighthouse failed on ${target.url} ${attempt} times: ${failure.code} ${failure.message}`);
        say(`${target.label}: ${failure.code}, trying again…`);
      }
    }
  }
  for (const target of targets) {
    const own = runs.get(target.label) ?? [];
    // The failing audits are read from the run whose performance score is the median.
    const byPerformance = [...own].sort((a, b) => a.figures.performance - b.figures.performance);
    const middle = byPerformance[Math.floor(byPerformance.length / 2)] ?? byPerformance[0];
    if (!middle) throw new Error("no runs");
    const result = {
      path: target.label,
      htmlBytes: htmlBytes.get(target.label) ?? 0,
      runs: own.map((r) => r.figures),
      worst: costliest(middle.lhr, 3),
      medianRun: middle.lhr,
    };
    if (target.label === FLOOR) floor = result;
    else pages.push(result);
  }
} catch (error) {
  if (serverLog().length) say(`server log (last lines):\n${serverLog().slice(-20).join("\n")}`);
  throw error;
} finally {
  await chrome?.kill();
  chrome = null;
  await stopWeb();
  await database.stop();
  removeBuild();
}

// ── The report ───────────────────────────────────────────────────────────────────────────────
const verdict = (met: boolean, shortfall: string) => (met ? "met" : `not met (${shortfall})`);
const atLeast = (value: number, target: number) => verdict(value >= target, `${num(target - value)} short`);
const medianOf = (result: PageResult, pick: (f: Figures) => number) => median(result.runs.map(pick));
if (!floor) throw new Error("the floor was not scored");
const base: PageResult = floor;
const floorTbt = medianOf(base, (f) => f.tbtMs);
const floorPerformance = medianOf(base, (f) => f.performance);
const floorJsKb = medianOf(base, (f) => f.jsBytes) / 1024;
const versions = pages[0]?.medianRun;
const row = (result: PageResult) => {
  const m = (pick: (f: Figures) => number) => medianOf(result, pick);
  const cells = [
    result === base ? `*${result.path}*` : `\`${result.path}\``,
    `${m((f) => f.performance)} (${result.runs.map((f) => f.performance).join(", ")})`,
    `${num(m((f) => f.tbtMs))} ms`,
    m((f) => f.accessibility),
    m((f) => f.bestPractices),
    m((f) => f.seo),
    `${num(m((f) => f.jsBytes) / 1024, 1)} KB`,
    `${num(result.htmlBytes / 1024, 1)} kB`,
    m((f) => f.thirdParty),
  ];
  return `| ${cells.join(" | ")} |`;
};
const lines = [
  `### Lighthouse audit (${new Date().toISOString().slice(0, 10)})`,
  "",
  `Lighthouse ${versions?.lighthouseVersion ?? "?"}, default (mobile) settings, ${RUNS} rounds (the floor, then each page); medians. ` +
    `${versions?.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"} headless, every host but localhost blocked. ` +
    `Production build on scripts/serve.ts; compression offered to a browser: ${compressed}. Builds took ${num(buildMs / 1000, 1)} s (site) and ${num(floorBuildMs / 1000, 1)} s (floor).`,
  "",
  "| page | Performance | Total Blocking Time | Accessibility | Best Practices | SEO | JS transferred | HTML (uncompressed) | third-party requests |",
  "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
  row(base),
  ...pages.map(row),
  "",
  `| page | Performance ≥ floor − ${TARGET.performanceBelowFloor} (${num(floorPerformance - TARGET.performanceBelowFloor)}) | TBT ≤ ${TARGET.tbtTimesFloor} × floor (${num(floorTbt * TARGET.tbtTimesFloor)} ms) | JS ≤ floor + ${TARGET.jsKbOverFloor} KB (${num(floorJsKb + TARGET.jsKbOverFloor, 1)} KB) | Accessibility 100 | Best Practices 100 | SEO 100 | no third-party request |`,
  "|---|---|---|---|---|---|---|---|",
  ...pages.map((result) => {
    const m = (pick: (f: Figures) => number) => medianOf(result, pick);
    const js = m((f) => f.jsBytes) / 1024;
    const tbt = m((f) => f.tbtMs);
    const cells = [
      `\`${result.path}\``,
      atLeast(
        m((f) => f.performance),
        floorPerformance - TARGET.performanceBelowFloor,
      ),
      verdict(tbt <= floorTbt * TARGET.tbtTimesFloor, `${num(floorTbt ? tbt / floorTbt : 0, 2)} × floor`),
      verdict(js <= floorJsKb + TARGET.jsKbOverFloor, `${num(js - floorJsKb, 1)} KB over the floor`),
      atLeast(
        m((f) => f.accessibility),
        TARGET.accessibility,
      ),
      atLeast(
        m((f) => f.bestPractices),
        TARGET.bestPractices,
      ),
      atLeast(
        m((f) => f.seo),
        TARGET.seo,
      ),
      verdict(m((f) => f.thirdParty) === TARGET.thirdParty, `${m((f) => f.thirdParty)} requests`),
    ];
    return `| ${cells.join(" | ")} |`;
  }),
  "",
  "Scored audits costing the most points (from each page’s median-performance run):",
  "",
  ...[base, ...pages].map(({ path: p, worst }) => `- \`${p}\`: ${worst.length ? worst.join("; ") : "none"}`),
];
// Where each page's main thread went, against the floor: TBT is the long tasks' time past 50 ms,
// so this says which kind of work (script, style and layout, parsing the HTML…) a page adds.
const breakdown = (lhr: Lhr) => {
  const items = (lhr.audits["mainthread-work-breakdown"]?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [];
  return new Map(items.map((item) => [item.group, item.duration]));
};
const groups = [...new Set([base, ...pages].flatMap((result) => [...breakdown(result.medianRun).keys()]))];
lines.push(
  "",
  "Main-thread work by kind, ms (each page's median-performance run, Lighthouse's 4× CPU slowdown):",
  "",
  `| page | ${groups.join(" | ")} | total |`,
  `|---|${groups.map(() => "--:").join("|")}|--:|`,
  ...[base, ...pages].map((result) => {
    const times = breakdown(result.medianRun);
    const total = [...times.values()].reduce((sum, ms) => sum + ms, 0);
    return `| ${result === base ? "*floor*" : `\`${result.path}\``} | ${groups.map((g) => num(times.get(g) ?? 0)).join(" | ")} | ${num(total)} |`;
  }),
);
// LIGHTHOUSE_SAVE=dir keeps each page's median run as Lighthouse's JSON, to read the traces' detail.
const saveDir = process.env.LIGHTHOUSE_SAVE;
if (saveDir) {
  fs.mkdirSync(saveDir, { recursive: true });
  for (const result of [base, ...pages]) {
    const name = result === base ? "floor" : result.path.replace(/^\/$/, "home").replace(/^\//, "").replaceAll("/", "_");
    fs.writeFileSync(path.join(saveDir, `${name}.json`), JSON.stringify(result.medianRun));
  }
  say(`median runs saved in ${saveDir}`);
}
const strays = [...new Set(pages.flatMap((page) => page.runs.flatMap((f) => f.thirdPartyUrls)))];
if (strays.length) lines.push("", "Third-party requests seen (blocked):", "", ...strays.map((u) => `- ${u}`));
process.stdout.write(`${lines.join("\n")}\n`);
process.exit(0);
