// The release step and the settings every script reads: run as an operator runs them, as child
// processes in a folder of their own with a .env file, against real PostgreSQL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const project = process.cwd();
const projectMigrations = fs
  .readdirSync(path.join(project, "prisma/migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn();
});

/** A deployment's folder: the project's migrations and packages, and .env files of its own. */
function deployment(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "winter-appeal-release-"));
  cleanup.push(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.mkdirSync(path.join(root, "prisma"));
  fs.symlinkSync(path.join(project, "prisma/migrations"), path.join(root, "prisma/migrations"));
  fs.symlinkSync(path.join(project, "prisma/schema.prisma"), path.join(root, "prisma/schema.prisma"));
  fs.symlinkSync(path.join(project, "node_modules"), path.join(root, "node_modules"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(root, name), content);
  return root;
}

type Run = { code: number | null; out: string };

/** Runs one of the project's scripts from `cwd`, with only the variables given (no DATABASE_URL from this shell). */
function runScript(script: string, cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const { DATABASE_URL: _url, NODE_ENV: _mode, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--import", path.join(project, "scripts/lib/server-only-hook.mjs"), path.join(project, script)], {
      cwd,
      env: { ...inherited, ...env } as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, out }));
  });
}

async function fresh(): Promise<TestDatabase> {
  const t = await createTestDatabase({ migrated: false });
  cleanup.push(t.drop);
  return t;
}

async function appliedRows(t: TestDatabase) {
  return t.db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
}

describe("npm run release", { timeout: 180_000 }, () => {
  it("migrates the DATABASE_URL a .env file names, then finds nothing to do", async () => {
    const t = await fresh();
    const root = deployment({ ".env": `DATABASE_URL=${t.url}\n` });
    const first = await runScript("scripts/release.ts", root);
    expect(first.out).toContain(`applying ${projectMigrations.length} migrations`);
    expect(first.code).toBe(0);
    expect((await appliedRows(t)).map((r) => r.migration_name)).toEqual(projectMigrations);

    const again = await runScript("scripts/release.ts", root);
    expect(again.code).toBe(0);
    expect(again.out).toContain("the database is up to date: nothing to apply");
  });

  it("lets .env.production.local win over .env, and the shell over both, as Next.js does", async () => {
    const [chosen, ignored] = [await fresh(), await fresh()];
    const root = deployment({ ".env": `DATABASE_URL=${ignored.url}\n`, ".env.production.local": `DATABASE_URL=${chosen.url}\n` });
    expect((await runScript("scripts/release.ts", root)).code).toBe(0);
    expect(await appliedRows(chosen)).toHaveLength(projectMigrations.length);
    expect(await ignored.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`).toEqual([{ n: 0n }]);

    const shell = await fresh();
    expect((await runScript("scripts/release.ts", root, { DATABASE_URL: shell.url })).code).toBe(0);
    expect(await appliedRows(shell)).toHaveLength(projectMigrations.length);
  });

  it("applies each migration once when two releases start together", async () => {
    const t = await fresh();
    const root = deployment({ ".env": `DATABASE_URL=${t.url}\n` });
    const runs = await Promise.all([runScript("scripts/release.ts", root), runScript("scripts/release.ts", root)]);
    expect(
      runs.map((r) => r.code),
      runs.map((r) => r.out).join("\n---\n"),
    ).toEqual([0, 0]);
    expect((await appliedRows(t)).map((r) => r.migration_name)).toEqual(projectMigrations);
  });

  it("refuses, in words, without a database to migrate", async () => {
    const run = await runScript("scripts/release.ts", deployment({}));
    expect(run.code).toBe(1);
    expect(run.out).toContain("DATABASE_URL is not set: the release step migrates your deployment's own database");
  });
});

describe("the server entry", { timeout: 120_000 }, () => {
  it("refuses a database the release step has not migrated, naming what is pending", async () => {
    const t = await fresh();
    const root = deployment({ ".env": `DATABASE_URL=${t.url}\n` });
    const run = await runScript("scripts/serve.ts", root, { PORT: "1" });
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      `${projectMigrations.length} migrations are not applied to DATABASE_URL yet (${projectMigrations.join(", ")}): run \`npm run release\` first`,
    );
  });
});
