import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, pendingMigrations } from "@/scripts/lib/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const projectMigrations = fs
  .readdirSync(path.join(process.cwd(), "prisma/migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const tmpDirs: string[] = [];

/** A copy of the project's schema and migrations, plus extra migrations, to migrate from. */
function projectCopyWith(extra: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "winter-appeal-migrations-"));
  tmpDirs.push(root);
  fs.mkdirSync(path.join(root, "prisma"));
  fs.cpSync(path.join(process.cwd(), "prisma/schema.prisma"), path.join(root, "prisma/schema.prisma"));
  fs.cpSync(path.join(process.cwd(), "prisma/migrations"), path.join(root, "prisma/migrations"), { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(root, "prisma/migrations", name));
    fs.writeFileSync(path.join(root, "prisma/migrations", name, "migration.sql"), sql);
  }
  return root;
}

async function publicTables(db: TestDatabase["db"]): Promise<string[]> {
  const rows = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
  return rows.map((r) => r.table_name);
}

async function migrationRows(db: TestDatabase["db"], name: string) {
  return db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
    SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = ${name}`;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  throw new Error("expected the migration to fail, but it succeeded");
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("migrate deploy on an empty database", () => {
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await createTestDatabase({ migrated: false });
  });
  afterAll(() => empty.drop());

  it("starts with no tables and every migration pending", async () => {
    expect(projectMigrations.length).toBeGreaterThan(0);
    expect(await publicTables(empty.db)).toEqual([]);
    expect(await pendingMigrations(empty.url)).toEqual(projectMigrations);
  });

  it("applies the project's migrations, then nothing on a second run", async () => {
    expect(await migrate(empty.url, { command: "deploy" })).toEqual({ created: [], applied: projectMigrations });
    expect(await pendingMigrations(empty.url)).toEqual([]);
    expect(await publicTables(empty.db)).toEqual(
      expect.arrayContaining(["Campaign", "Donation", "Post", "SitePage", "SituationFigure", "WayToHelp", "_prisma_migrations"]),
    );
    expect(await migrate(empty.url, { command: "deploy" })).toEqual({ created: [], applied: [] });
    expect(await pendingMigrations(empty.url)).toEqual([]);
  });

  it("leaves a schema the client can use", async () => {
    await empty.db.sitePage.create({ data: { slug: "about", title: "About", description: "d", body: "b" } });
    expect(await empty.db.sitePage.count()).toBe(1);
  });
});

describe("a failing migration", () => {
  const broken = "29990101000000_broken";
  let root: string;
  beforeAll(() => {
    root = projectCopyWith({ [broken]: `CREATE TABLE "should_not_exist" (id int); SELECT 1/0;` });
  });

  it("is pending before it runs", async () => {
    expect(await pendingMigrations(t.url)).toEqual([]);
    expect(await pendingMigrations(t.url, root)).toEqual([broken]);
  });

  it("rejects and leaves the database as it was", async () => {
    const tablesBefore = await publicTables(t.db);
    const error = await rejection(migrate(t.url, { command: "deploy", root }));
    expect(error.message).toMatch(/division by zero/i);

    expect(await publicTables(t.db)).toEqual(tablesBefore);
    const leftover = await t.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'should_not_exist'`;
    expect(leftover[0]?.n).toBe(0n);
    expect(await migrationRows(t.db, broken)).toEqual([]);
    expect(await pendingMigrations(t.url, root)).toEqual([broken]);
  });

  it("fails the same way on a second attempt instead of being blocked as a failed migration", async () => {
    const error = await rejection(migrate(t.url, { command: "deploy", root }));
    expect(error.message).toMatch(/division by zero/i);
    expect(error.message).not.toMatch(/P3009|failed migrations/i);
    expect(await migrationRows(t.db, broken)).toEqual([]);
  });

  it("does not disturb the migrations already applied", async () => {
    for (const name of projectMigrations) {
      const rows = await migrationRows(t.db, name);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    }
    expect(await t.db.post.count()).toBe(0);
  });
});

describe("a migration with a semicolon inside a string literal", () => {
  const name = "29990102000000_notes";
  let db: TestDatabase;
  let root: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    root = projectCopyWith({ [name]: `CREATE TABLE "notes" (t text);\nINSERT INTO "notes" VALUES ('a;b');\n` });
  });
  afterAll(() => db.drop());

  it("applies as written and the value reads back intact", async () => {
    expect(await migrate(db.url, { command: "deploy", root })).toEqual({ created: [], applied: [name] });
    expect(await db.db.$queryRaw<{ t: string }[]>`SELECT t FROM "notes"`).toEqual([{ t: "a;b" }]);
    const rows = await migrationRows(db.db, name);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(await pendingMigrations(db.url, root)).toEqual([]);
  });
});
