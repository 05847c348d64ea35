// What `npm test` makes of each runner's JSON report (scripts/lib/test-reports.ts). The reports
// below are cut down from real ones: Vitest 4's and Playwright's, each written by a run with
// failures in it.
import { describe, expect, it } from "vitest";
import { playwrightOutcome, vitestOutcome, type PlaywrightReport, type VitestReport } from "../../scripts/lib/test-reports";

describe("a Vitest report", () => {
  const report: VitestReport = {
    numPassedTests: 1,
    numFailedTests: 1,
    numPendingTests: 1,
    numTodoTests: 1,
    testResults: [
      {
        name: "/repo/tests/unit/a.test.ts",
        status: "failed",
        assertionResults: [
          { fullName: "outer fails", status: "failed" },
          { fullName: "outer passes", status: "passed" },
        ],
      },
      // A file whose import failed: no test ran, and Vitest's own count has no failure for it.
      {
        name: "/repo/tests/unit/b.test.ts",
        status: "failed",
        message: "Cannot find module './missing-module' imported from /repo/tests/unit/b.test.ts",
        assertionResults: [],
      },
      { name: "/repo/tests/unit/c.test.ts", status: "passed", assertionResults: [{ fullName: "skipped", status: "skipped" }] },
    ],
  };

  it("names each failed test by its file, and counts a file that failed outside its tests as a failure", () => {
    expect(vitestOutcome(report, "/repo")).toEqual({
      passed: 1,
      failed: 2,
      skipped: 2,
      failures: [
        "tests/unit/a.test.ts › outer fails",
        "tests/unit/b.test.ts (outside any test): Cannot find module './missing-module' imported from /repo/tests/unit/b.test.ts",
      ],
    });
  });

  it("names nothing when nothing failed", () => {
    const passing: VitestReport = { ...report, numFailedTests: 0, testResults: report.testResults.slice(2) };
    expect(vitestOutcome(passing, "/repo")).toEqual({ passed: 1, failed: 0, skipped: 2, failures: [] });
  });
});

describe("a Playwright report", () => {
  const spec = (title: string, line: number, alpha: string, beta: string) => ({
    title,
    file: "a.spec.ts",
    line,
    tests: [
      { projectName: "alpha", status: alpha },
      { projectName: "beta", status: beta },
    ],
  });
  const report: PlaywrightReport = {
    stats: { expected: 2, unexpected: 4, flaky: 1, skipped: 0 },
    suites: [
      {
        title: "a.spec.ts",
        specs: [spec("top fails", 8, "unexpected", "unexpected")],
        suites: [
          {
            title: "outer",
            specs: [spec("passes", 6, "expected", "flaky")],
            suites: [{ title: "inner", specs: [spec("fails", 4, "unexpected", "unexpected")] }],
          },
        ],
      },
    ],
  };

  it("counts a flaky test as passed, and names each failure by project, place and describe blocks", () => {
    expect(playwrightOutcome(report)).toEqual({
      passed: 3,
      failed: 4,
      skipped: 0,
      failures: [
        "[alpha] a.spec.ts:8 › top fails",
        "[beta] a.spec.ts:8 › top fails",
        "[alpha] a.spec.ts:4 › outer › inner › fails",
        "[beta] a.spec.ts:4 › outer › inner › fails",
      ],
    });
  });

  it("names an error outside any test by its first line, without terminal colours", () => {
    const broken: PlaywrightReport = {
      stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
      suites: [],
      errors: [{ message: "Error: \u001b[31mthe database did not start\u001b[39m\nsecond line" }, {}],
    };
    expect(playwrightOutcome(broken)).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
      failures: ["(outside any test): Error: the database did not start", "(outside any test)"],
    });
  });
});
