import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The rule itself is tests/unit/configuration-problems.test.ts; here the real entry points run it
// and stop: `npm start` before it opens a database or builds, `npm run worker` before it works
// the queue. (`next start` runs the same check from instrumentation.ts: tests/e2e/demo-mode.spec.ts.)

/** Nothing of this machine's own configuration: only what a fresh deployment would have. */
function publicSiteEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, SITE_URL: "https://winter.example.org", ...extra };
}

const EXPECTED = [
  "STRIPE_SECRET_KEY is not set",
  "STRIPE_WEBHOOK_SECRET is not set",
  "AUTH_SECRET is not set",
  "RESEND_API_KEY is not set",
  "EMAIL_FROM is not set",
];

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, args, { env, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, lines: result.stderr.split("\n").filter(Boolean), stdout: result.stdout };
}

describe("starting a public site without real keys", () => {
  it("npm start refuses before preparing a database, naming each missing variable", () => {
    const { status, lines, stdout } = run(["--import", "tsx", "scripts/start.ts"], publicSiteEnv());
    expect(status).toBe(1);
    for (const [i, start] of EXPECTED.entries()) expect(lines[i]).toMatch(new RegExp(`^${start}: a public site \\(SITE_URL=https://winter.example.org\\)`));
    expect(lines.at(-1)).toBe("[start] refusing to start: the 5 settings above need fixing (see .env.example)");
    expect(stdout).not.toContain("database ready");
  });

  it("npm run worker refuses too", () => {
    const { status, lines } = run(
      ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/worker.ts"],
      // Never connected to: the worker refuses before it works the queue.
      publicSiteEnv({ DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none", QUEUE_WORKER: "separate" }),
    );
    expect(status).toBe(1);
    for (const [i, start] of EXPECTED.entries()) expect(lines[i]).toMatch(new RegExp(`^${start}`));
    expect(lines.at(-1)).toMatch(/^\[worker\] refusing to start/);
  });

  it("npm run worker refuses a demo on live keys", () => {
    const { status, lines } = run(
      ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.mjs", "scripts/worker.ts"],
      publicSiteEnv({ DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none", DEMO_MODE: "1", STRIPE_SECRET_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }),
    );
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/^DEMO_MODE is set but STRIPE_SECRET_KEY is a live key/);
  });
});
