// npm run audit:main-thread: what the browser's main thread really does while a public page loads,
// and how much of it each part of the page costs, measured by taking that part away.
//
// Lighthouse's Total Blocking Time is a simulation (each task × 4, the network modelled), and it
// swings by a factor of two between runs of one build. This reads Chromium's own trace instead:
// a production build (as `npm run audit:lighthouse` makes it), each page loaded cold RUNS times
// in a phone-sized window, unslowed, once per variant in turn so noise falls on all of them:
//
//   as served   the page as it is
//   no script   every script request refused (what the HTML and CSS cost alone)
//   no forms    scripts refused, and <form>, <input>… in the HTML turned into plain elements
//               (Chromium's form handling lays the page out when parsing ends)
//   no fonts    the web fonts refused (the fallback fonts drawn instead)
//   no CSS      the stylesheets answered empty
//
// Each round starts with the framework's floor (scripts/audit/floor-site.ts, as the Lighthouse
// audit scores it), loaded the same way, so every page can be read beside it.
//
// It prints medians in ms: the time in each kind of work, the longest task, the task in which
// parsing finished, the first contentful paint, and two blocking estimates after Lighthouse's 4×
// slowdown (each task over 12.5 ms counts 4 × its length − 50 ms): from the first task on, and
// from the first contentful paint on, which is where Total Blocking Time starts counting. Neither
// is Lighthouse's figure: they are real tasks, where Lighthouse simulates when each would run.
// Markdown to stdout, progress to stderr.
import fs from "node:fs";
import { chromium, type Browser, type Route } from "@playwright/test";
import { ms1 as ms } from "../lib/figures";
import { killGroup, portIsFree, stopGroup } from "../lib/process-group";
import { buildFloor, floorDir, removeFloor, startFloor } from "./floor-site";
import { buildSite, demoDatabase, median, siteEnv, startSite, throwawayWorkspace, type RunningSite } from "./production-site";

const PORT = Number(process.env.MAIN_THREAD_PORT ?? 3295);
const RUNS = Number(process.env.MAIN_THREAD_RUNS ?? 7);
const PATHS = (process.env.MAIN_THREAD_PATHS ?? "/,/news,/donate").split(",");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DIST_DIR = ".next-main-thread";
const FLOOR_DIR = floorDir("main-thread");
const FLOOR_PORT = PORT + 1;
const FLOOR = "*floor: a trivial Next.js page*";
/** A page's row label in the report. */
const pageLabel = (pagePath: string) => `\`${pagePath}\``;

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { beginData?: { url?: string } } };
type Variant = { name: string; route?: (route: Route) => Promise<void> };

const say = (message: string) => process.stderr.write(`[main-thread] ${message}\n`);

const refuseScripts = (route: Route) => (route.request().resourceType() === "script" ? route.abort() : null);
const variants: Variant[] = [
  { name: "as served" },
  { name: "no script", route: (route) => refuseScripts(route) ?? route.continue() },
  {
    name: "no forms",
    route: async (route) => {
      if (route.request().resourceType() === "script") return route.abort();
      if (route.request().resourceType() !== "document") return route.continue();
      const answer = await route.fetch();
      const html = (await answer.text()).replace(/<(\/?)(form|input|select|textarea)\b/g, "<$1span");
      return route.fulfill({ response: answer, body: html });
    },
  },
  { name: "no fonts", route: (route) => (route.request().resourceType() === "font" ? route.abort() : route.continue()) },
  {
    name: "no CSS",
    route: async (route) =>
      route.request().resourceType() === "stylesheet" ? route.fulfill({ status: 200, contentType: "text/css", body: "" }) : route.continue(),
  },
];

/** The kinds of main-thread work reported, by the trace event that measures each. */
const KINDS: Record<string, string> = {
  ParseHTML: "parse HTML",
  EvaluateScript: "run scripts",
  FunctionCall: "script callbacks",
  UpdateLayoutTree: "style",
  Layout: "layout",
  ParseAuthorStyleSheet: "parse CSS",
  Paint: "paint",
};

/** One cold load of `url`, traced; the figures of the page's renderer main thread. */
async function measure(browser: Browser, url: string, variant: Variant): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const route = variant.route;
    if (route) await page.route("**/*", (r) => route(r));
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,blink,loading", transferMode: "ReportEvents" });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(2_000); // hydration and the work it starts
    const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await complete;

    // The page's main thread: the one that parsed its HTML.
    const parse = events.find((e) => e.name === "ParseHTML" && (e.args?.beginData?.url ?? "").startsWith(url));
    if (!parse) throw new Error(`no trace of ${url} being parsed`);
    const own = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === "X");
    const tasks = own.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
    const figures: Record<string, number> = {};
    for (const e of own) {
      const kind = KINDS[e.name];
      if (kind) figures[kind] = (figures[kind] ?? 0) + (e.dur ?? 0) / 1000;
    }
    const finished = own.find((e) => e.name === "Document::FinishedParsing");
    const paint = events.find((e) => e.name === "firstContentfulPaint" && e.pid === parse.pid);
    if (!paint) throw new Error(`no first contentful paint in the trace of ${url}`);
    const blocking = (some: TraceEvent[]) => some.reduce((sum, t) => sum + Math.max(0, ((t.dur ?? 0) / 1000) * 4 - 50), 0);
    figures["longest task"] = Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000));
    figures["parsing ends"] = finished ? (tasks.find((t) => t.ts <= finished.ts && finished.ts <= t.ts + (t.dur ?? 0))?.dur ?? 0) / 1000 : 0;
    figures["first paint"] = (paint.ts - Math.min(...tasks.map((t) => t.ts))) / 1000;
    figures["blocking × 4"] = blocking(tasks);
    figures["after first paint × 4"] = blocking(tasks.filter((t) => t.ts + (t.dur ?? 0) > paint.ts));
    return figures;
  } finally {
    await context.close();
  }
}

for (const port of [PORT, FLOOR_PORT])
  if (!(await portIsFree(port))) throw new Error(`port ${port} is in use: set MAIN_THREAD_PORT to a free one (it and the next two are used)`);
if (!fs.existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME}: set CHROME_PATH`);
let web: RunningSite | null = null;
let floorSite: RunningSite | null = null;
let browser: Browser | null = null;
/** Functions, so the compiler does not narrow `web` and `floorSite` to their initial null. */
const serverChild = () => web?.child ?? null;
const floorChild = () => floorSite?.child ?? null;
const { dir, database } = await throwawayWorkspace("main-thread", {
  preferredPort: PORT + 2,
  onSignal: () => browser?.close(),
  onExit: () => {
    killGroup(serverChild(), "SIGKILL");
    killGroup(floorChild(), "SIGKILL");
    fs.rmSync(DIST_DIR, { recursive: true, force: true });
    removeFloor(FLOOR_DIR);
  },
});

const origin = `http://localhost:${PORT}`;
const results = new Map<string, Map<string, Record<string, number[]>>>();
try {
  say("migrating and seeding a throwaway database…");
  const env = siteEnv({ databaseUrl: await demoDatabase(database.serverUrl, "main_thread"), distDir: DIST_DIR, dataDir: dir, siteUrl: origin });
  say(`building for production into ${DIST_DIR}…`);
  buildSite(env);
  say("building the floor (a trivial Next.js page)…");
  buildFloor(FLOOR_DIR);
  await startSite(env, PORT, (site) => (web = site));
  await startFloor(FLOOR_DIR, FLOOR_PORT, (site) => (floorSite = site));
  browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox"] });
  const keep = (label: string, variant: string, figures: Record<string, number>) => {
    const byVariant = results.get(label) ?? new Map<string, Record<string, number[]>>();
    results.set(label, byVariant);
    const kept = byVariant.get(variant) ?? {};
    byVariant.set(variant, kept);
    for (const [key, value] of Object.entries(figures)) (kept[key] ??= []).push(value);
  };
  for (let run = 1; run <= RUNS; run += 1) {
    say(`round ${run} of ${RUNS}…`);
    keep(FLOOR, "as served", await measure(browser, `http://localhost:${FLOOR_PORT}/`, { name: "as served" }));
    for (const pagePath of PATHS)
      for (const variant of variants) keep(pageLabel(pagePath), variant.name, await measure(browser, `${origin}${pagePath}`, variant));
  }
} finally {
  await browser?.close();
  await Promise.all([stopGroup(serverChild()), stopGroup(floorChild())]);
  await database.stop();
}

const columns = ["after first paint × 4", "blocking × 4", "first paint", "longest task", "parsing ends", ...Object.values(KINDS)];
const lines = [
  `### Main-thread work (${new Date().toISOString().slice(0, 10)})`,
  "",
  `Chromium's trace of ${RUNS} cold loads per page and variant (phone-sized window, unslowed), the floor first in each round; medians in ms. "× 4" sums each task's (4 × length − 50 ms) where that is above 0: "after first paint" over the tasks that end after the first contentful paint (where Total Blocking Time counts), "blocking" over every task. A guide to what Lighthouse would count, not its figure.`,
  "",
  `| page | variant | ${columns.join(" | ")} |`,
  `|---|---|${columns.map(() => "--:").join("|")}|`,
];
for (const [label, byVariant] of results)
  for (const [name, figures] of byVariant) lines.push(`| ${label} | ${name} | ${columns.map((c) => ms(median(figures[c] ?? [0]))).join(" | ")} |`);
const floorAfterPaint = median(results.get(FLOOR)?.get("as served")?.["after first paint × 4"] ?? [0]);
const ratios = PATHS.map((pagePath) => {
  const page = median(results.get(pageLabel(pagePath))?.get("as served")?.["after first paint × 4"] ?? [0]);
  return `\`${pagePath}\` ${floorAfterPaint ? (page / floorAfterPaint).toFixed(2) : "?"} ×`;
});
lines.push("", `After first paint, each page as served beside the floor's ${ms(floorAfterPaint)} ms: ${ratios.join(", ")}.`);
process.stdout.write(`${lines.join("\n")}\n`);
process.exit(0);
