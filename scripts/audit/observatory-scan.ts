// The scanning half of `npm run audit:observatory`, run by scripts/audit/observatory.ts in a process
// of its own so that NODE_EXTRA_CA_CERTS (read by Node only at start-up) makes it trust the audit's
// self-signed certificate, as a browser trusts a real one.
//
// The MDN HTTP Observatory's `scan(hostname)` (src/scanner/index.js) always asks for `/` on the
// default ports. Its retriever takes ports and a path, so this does what scan() does, page by page:
// retrieve, refuse the same status codes, run ALL_TESTS, and score and grade them the same way.
// The scoring below follows src/scanner/index.js of @mdn/mdn-http-observatory 1.4.8 line for line.
//
// argv: the installed package's folder, then JSON { hostname, httpPort, httpsPort, paths }.
// stdout: JSON PageScan[].
import path from "node:path";
import { pathToFileURL } from "node:url";

type Expectation = string;
type TestOutput = {
  result: Expectation | null;
  pass: boolean | null;
  scoreDescription: string | null;
  scoreModifier: number | null;
  constructor: { name: string };
  /** The CSP test's parsed policy, directive by directive. */
  data?: Record<string, string[]> | null;
};
type Retrieval = { responses: { auto: { status: number } | null }; session: { redirectHistory: { url: URL; status: number }[] } | null };
type Test = (requests: Retrieval) => TestOutput;

export type TestResult = { name: string; pass: boolean; result: string; modifier: number; description: string; scriptSrc?: string[] };
export type PageScan = {
  path: string;
  /** The status of the last answer, after the redirects the scanner followed over HTTPS; and its path. */
  status: number | null;
  finalPath: string | null;
  error: string | null;
  grade: string | null;
  score: number | null;
  passed: number;
  total: number;
  tests: TestResult[];
};

const [packageDir, argument] = process.argv.slice(2);
if (!packageDir || !argument) throw new Error("usage: observatory-scan <package folder> <JSON options>");
const options = JSON.parse(argument) as { hostname: string; httpPort: number; httpsPort: number; paths: string[] };

const load = (file: string): Promise<unknown> => import(pathToFileURL(path.join(packageDir, "src", file)).href);
const { retrieve } = (await load("retriever/retriever.js")) as {
  retrieve: (hostname: string, options: { httpPort: number; httpsPort: number; path: string }) => Promise<Retrieval>;
};
const { ALL_TESTS, NUM_TESTS } = (await load("constants.js")) as { ALL_TESTS: Test[]; NUM_TESTS: number };
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = (await load("grader/charts.js")) as { MINIMUM_SCORE_FOR_EXTRA_CREDIT: number };
const grader = (await load("grader/grader.js")) as {
  getGradeForScore: (score: number) => { score: number; grade: string };
  getScoreDescription: (expectation: Expectation) => string;
  getScoreModifier: (expectation: Expectation) => number;
};

async function scanPage(page: string): Promise<PageScan> {
  const r = await retrieve(options.hostname, { httpPort: options.httpPort, httpsPort: options.httpsPort, path: page });
  const last = r.session?.redirectHistory.at(-1)?.url;
  const finalPath = last ? `${last.pathname}${last.search}` : null;
  const none = { path: page, finalPath, grade: null, score: null, passed: 0, total: NUM_TESTS, tests: [] };
  if (!r.responses.auto) return { ...none, status: null, error: "The site seems to be down." };
  // "We allow 2xx, 3xx, 401 and 403 status codes"
  const { status } = r.responses.auto;
  if (status < 200 || (status >= 400 && ![401, 403].includes(status))) {
    return { ...none, status, error: `Site did respond with an unexpected HTTP status code ${status}.` };
  }

  const results = ALL_TESTS.map((test) => test(r));
  let testsPassed = 0;
  let scoreWithExtraCredit = 100;
  let uncurvedScore = scoreWithExtraCredit;
  for (const result of results) {
    if (result.result) {
      result.scoreDescription = grader.getScoreDescription(result.result);
      result.scoreModifier = grader.getScoreModifier(result.result);
      testsPassed += result.pass ? 1 : 0;
      scoreWithExtraCredit += result.scoreModifier;
      if (result.scoreModifier < 0) uncurvedScore += result.scoreModifier;
    }
  }
  // "Only record the full score if the uncurved score already receives an A"
  const score = uncurvedScore >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? scoreWithExtraCredit : uncurvedScore;
  const final = grader.getGradeForScore(score);

  return {
    path: page,
    status,
    finalPath,
    error: null,
    grade: final.grade,
    score: final.score,
    passed: testsPassed,
    total: NUM_TESTS,
    tests: results.map((result) => ({
      // Each output class names its test in a static `name` ("content-security-policy"…), as scan()'s map does.
      name: result.constructor.name,
      pass: Boolean(result.pass),
      result: result.result ?? "",
      modifier: result.scoreModifier ?? 0,
      description: result.scoreDescription ?? "",
      ...(result.data?.["script-src"] ? { scriptSrc: result.data["script-src"] } : {}),
    })),
  };
}

const scans: PageScan[] = [];
for (const page of options.paths) {
  process.stderr.write(`[observatory] scanning ${page}…\n`);
  scans.push(await scanPage(page));
}
process.stdout.write(JSON.stringify(scans));
