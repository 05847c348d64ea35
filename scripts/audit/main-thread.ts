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
// It prints medians in ms: the time in each kind of work, the longest task, the task in which
// parsing finished, and the blocking time the tasks would add after Lighthouse's 4× slowdown
// (every task over 12.5 ms, counted from the first, so not comparable with Lighthouse's own).
// Markdown to stdout, progress to stderr.
import fs from "node:fs";
import { chromium, type Browser, type Route } from "@playwright/test";
import { killGroup, portIsFree, stopGroup } from "../lib/process-group";
import { buildSite, demoDatabase, median, siteEnv, startSite, throwawayWorkspace, type RunningSite } from "./production-site";

const PORT = Number(process.env.MAIN_THREAD_PORT ?? 3295);
const RUNS = Number(process.env.MAIN_THREAD_RUNS ?? 7);
const PATHS = (process.env.MAIN_THREAD_PATHS ?? "/,/news,/donate").split(",");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DIST_DIR = ".next-main-thread";

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { beginData?: { url?: string } } };
type Variant = { name: string; route?: (route: Route) => Promise<void> };

const say = (message: string) => process.stderr.write(`[main-thread] ${message}\n`);
const ms = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

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
    await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,blink", transferMode: "ReportEvents" });
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
    const lengths = tasks.map((t) => (t.dur ?? 0) / 1000);
    figures["longest task"] = Math.max(0, ...lengths);
    figures["parsing ends"] = finished ? (tasks.find((t) => t.ts <= finished.ts && finished.ts <= t.ts + (t.dur ?? 0))?.dur ?? 0) / 1000 : 0;
    figures["blocking × 4"] = lengths.reduce((sum, length) => sum + Math.max(0, length * 4 - 50), 0);
    return figures;
  } finally {
    await context.close();
  }
}

if (!(await portIsFree(PORT))) throw new Error(`port ${PORT} is in use: set MAIN_THREAD_PORT to a free one (it and the next are used)`);
if (!fs.existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME}: set CHROME_PATH`);
let web: RunningSite | null = null;
let browser: Browser | null = null;
/** A function, so the compiler does not narrow `web` to its initial null. */
const serverChild = () => web?.child ?? null;
const { dir, database } = await throwawayWorkspace("main-thread", {
  preferredPort: PORT + 1,
  onSignal: () => browser?.close(),
  onExit: () => {
    killGroup(serverChild(), "SIGKILL");
    fs.rmSync(DIST_DIR, { recursive: true, force: true });
  },
});

const origin = `http://localhost:${PORT}`;
const results = new Map<string, Map<string, Record<string, number[]>>>();
try {
  say("migrating and seeding a throwaway database…");
  const env = siteEnv({ databaseUrl: await demoDatabase(database.serverUrl, "main_thread"), distDir: DIST_DIR, dataDir: dir, siteUrl: origin });
  say(`building for production into ${DIST_DIR}…`);
  buildSite(env);
  await startSite(env, PORT, (site) => (web = site));
  browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox"] });
  for (let run = 1; run <= RUNS; run += 1) {
    say(`round ${run} of ${RUNS}…`);
    for (const pagePath of PATHS) {
      const byVariant = results.get(pagePath) ?? new Map<string, Record<string, number[]>>();
      results.set(pagePath, byVariant);
      for (const variant of variants) {
        const figures = await measure(browser, `${origin}${pagePath}`, variant);
        const kept = byVariant.get(variant.name) ?? {};
        byVariant.set(variant.name, kept);
        for (const [key, value] of Object.entries(figures)) (kept[key] ??= []).push(value);
      }
    }
  }
} finally {
  await browser?.close();
  await stopGroup(serverChild());
  await database.stop();
}

const columns = ["blocking × 4", "longest task", "parsing ends", ...Object.values(KINDS)];
const lines = [
  `### Main-thread work (${new Date().toISOString().slice(0, 10)})`,
  "",
  `Chromium's trace of ${RUNS} cold loads per page and variant (phone-sized window, unslowed), medians in ms. "Blocking × 4" sums every task's (4 × length − 50 ms) from the first task on: a guide to what Lighthouse would count, not its figure.`,
  "",
  `| page | variant | ${columns.join(" | ")} |`,
  `|---|---|${columns.map(() => "--:").join("|")}|`,
];
for (const [pagePath, byVariant] of results)
  for (const [name, figures] of byVariant) lines.push(`| \`${pagePath}\` | ${name} | ${columns.map((c) => ms(median(figures[c] ?? [0]))).join(" | ")} |`);
process.stdout.write(`${lines.join("\n")}\n`);
process.exit(0);
