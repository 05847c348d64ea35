// npm test: every check the project has, against real parts.
//   1. type-check (tsc)           2. lint (eslint) and format (prettier --check)
//   3. Vitest: unit, and integration against a throwaway embedded PostgreSQL
//   4. Playwright: a production build on its own embedded PostgreSQL, in Chromium
// It ends with one line adding up every suite, "N passed, N failed[, N skipped]", and exits
// non-zero when anything failed.
//   npm test -- --only static|unit|e2e     run one part
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seed } from "../prisma/seed/seed";
import { phases } from "../tests/e2e/phases";
import { TILE_PATH } from "../tests/support/fake-postcodes";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { migrate } from "./lib/migrate";
import { playwrightOutcome, vitestOutcome, type Outcome, type PlaywrightReport, type VitestReport } from "./lib/test-reports";

const total = { passed: 0, failed: 0, skipped: 0 };
/** Every failure by name, repeated just above the total, so a long log's tail says what failed. */
const failures: string[] = [];
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const wants = (part: string) => !only || only === part;
const resultsDir = path.resolve("test-results/summary");
const bin = (name: string) => path.resolve("node_modules/.bin", name);
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.CI ? "0" : "1" };

fs.mkdirSync(resultsDir, { recursive: true });

function run(label: string, command: string, args: string[], options: SpawnSyncOptions = {}): boolean {
  console.log(`\n━━ ${label}: ${path.basename(command)} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: baseEnv, ...options });
  return result.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(label: string, command: string, args: string[]) {
  const ok = run(label, command, args);
  if (ok) total.passed += 1;
  else {
    total.failed += 1;
    failures.push(label);
  }
  console.log(`${label}: ${ok ? "passed" : "FAILED"}`);
}

function add(label: string, outcome: Outcome | null, exitedOk: boolean) {
  if (!outcome) {
    // The runner died before writing its report: count the suite as one failure.
    total.failed += 1;
    failures.push(`${label}: no report written`);
    console.log(`${label}: no report written (runner failed to start)`);
    return;
  }
  let { failed } = outcome;
  if (!exitedOk && failed === 0) {
    failed = 1; // e.g. a crash outside any test
    if (outcome.failures.length === 0) failures.push(`${label}: failed outside any test`);
  }
  total.passed += outcome.passed;
  total.failed += failed;
  total.skipped += outcome.skipped;
  failures.push(...outcome.failures.map((name) => `${label} › ${name}`));
  console.log(`${label}: ${outcome.passed} passed, ${failed} failed, ${outcome.skipped} skipped`);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

if (wants("static")) {
  check("type-check", bin("tsc"), ["--noEmit"]);
  check("lint", bin("eslint"), ["--max-warnings=0", "."]);
  // One layout for every file (.prettierrc.json): `npm run format` writes it.
  check("format", bin("prettier"), ["--check", "."]);
}

if (wants("unit")) {
  const report = path.join(resultsDir, "vitest.json");
  fs.rmSync(report, { force: true });
  const ok = run("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  const json = readJson<VitestReport>(report);
  add("vitest", json && vitestOutcome(json, process.cwd()), ok);
}

if (wants("e2e")) {
  const report = path.join(resultsDir, "playwright.json");
  fs.rmSync(report, { force: true });
  const dir = path.join(os.tmpdir(), `winter-appeal-e2e-${process.pid}-${Date.now()}`);
  const server = await startEmbeddedPostgres({ dir, ephemeral: true });
  try {
    const url = await ensureDatabase(server.serverUrl, "e2e");
    await migrate(url, { command: "deploy" });
    await seed(url);
    // The origin is baked into prerendered pages (canonical links, the feed), so the build and
    // the server Playwright starts must agree on it.
    const port = process.env.E2E_PORT ?? "3100";
    // Its own data folder (the outbox the tests read) and a known secret (to build the links a
    // newsletter would carry).
    const env = {
      ...baseEnv,
      DATABASE_URL: url,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-test",
      E2E_DATABASE_URL: url,
      E2E_PORT: port,
      SITE_URL: `http://localhost:${port}`,
      E2E_DATA_DIR: path.join(dir, "data"),
      E2E_AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      // Resend's webhook signing secret, so tests can post signed bounces and complaints.
      E2E_RESEND_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(24).toString("base64")}`,
      // The finder's map draws its tiles from the fake postcodes.io beside the site (port + 1,
      // tests/support/fake-postcodes.ts), never from the internet. Baked into the security policy,
      // so the build and every server the tests start share it.
      MAP_TILE_URL: `http://127.0.0.1:${Number(port) + 1}${TILE_PATH}`,
      MAP_TILE_ATTRIBUTION: "Test tiles © OpenStreetMap contributors",
      MAP_TILE_ATTRIBUTION_URL: "https://www.openstreetmap.org/copyright",
    };
    const built = run("build for e2e", bin("next"), ["build"], { env });
    if (!built) {
      add("playwright", null, false);
    } else {
      // One Playwright run per phase (tests/e2e/phases.ts), in order: a failure in one phase
      // is counted and the later phases still run. Arguments given to the script run once, as given.
      const given = process.env.PLAYWRIGHT_ARGS?.split(" ").filter(Boolean);
      const runs = given
        ? [{ label: "playwright", args: given }]
        : phases.map((phase) => ({
            label: `playwright (${phase.join(", ")})`,
            // Each run its own output folder: Playwright empties it first, and earlier phases' traces stay.
            args: [...phase.map((p) => `--project=${p}`), "--no-deps", "--pass-with-no-tests", `--output=test-results/e2e-${phase.join("-")}`],
          }));
      for (const { label, args } of runs) {
        fs.rmSync(report, { force: true });
        const ok = run(label, bin("playwright"), ["test", ...args], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } });
        const json = readJson<PlaywrightReport>(report);
        add(label, json && playwrightOutcome(json), ok);
      }
    }
  } finally {
    await server.stop();
  }
}

if (failures.length > 0) console.log(`\nfailed:\n${failures.map((name) => `  ${name}`).join("\n")}`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 ? 1 : 0);
