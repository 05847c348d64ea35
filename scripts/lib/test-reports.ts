// What `npm test` reads from each runner's JSON report: how many tests passed, failed and were
// skipped, and the name of every failure, so the last lines of a long log say what failed.
import path from "node:path";

export type Tally = { passed: number; failed: number; skipped: number };
export type Outcome = Tally & { failures: string[] };

export type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
};

/**
 * Vitest counts only tests. A file that fails outside them (an import, a hook) adds nothing to
 * `numFailedTests`, so each such file is counted here as one failure of its own.
 */
export function vitestOutcome(report: VitestReport, root: string): Outcome {
  const failures: string[] = [];
  let failedOutside = 0;
  for (const file of report.testResults) {
    const name = path.relative(root, file.name);
    const failed = file.assertionResults.filter((test) => test.status === "failed");
    for (const test of failed) failures.push(`${name} › ${test.fullName}`);
    if (file.status === "failed" && failed.length === 0) {
      failedOutside += 1;
      failures.push(`${name} (outside any test)${firstLine(file.message)}`);
    }
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + failedOutside,
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  };
}

type PlaywrightSuite = {
  title: string;
  specs: { title: string; file: string; line: number; tests: { projectName: string; status: string }[] }[];
  suites?: PlaywrightSuite[];
};
export type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
  /** Errors outside any test: a global setup, a web server that did not start. */
  errors?: { message?: string }[];
};

export function playwrightOutcome(report: PlaywrightReport): Outcome {
  const { expected, flaky, unexpected, skipped } = report.stats;
  const outside = (report.errors ?? []).map((error) => `(outside any test)${firstLine(error.message)}`);
  return { passed: expected + flaky, failed: unexpected, skipped, failures: [...failedSpecs(report.suites, null), ...outside] };
}

/** ": " and the first line of an error's message, without terminal colours; nothing without one. */
function firstLine(message: string | undefined): string {
  const line = message
    ?.replace(/\x1b\[[0-9;]*m/g, "")
    .trim()
    .split("\n")[0]
    ?.trim();
  return line ? `: ${line}` : "";
}

/** "[project] file:line › describe › title" for each test Playwright counted as failed. */
function failedSpecs(suites: PlaywrightSuite[], describes: string[] | null): string[] {
  return suites.flatMap((suite) => {
    const within = describes === null ? [] : [...describes, suite.title]; // the top suites are files
    const here = suite.specs.flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected")
        .map((test) => `[${test.projectName}] ${spec.file}:${spec.line} › ${[...within, spec.title].join(" › ")}`),
    );
    return [...here, ...failedSpecs(suite.suites ?? [], within)];
  });
}
