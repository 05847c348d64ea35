// The migration that adds Donation.livemode, on a database that already has donations: rows made
// before it are test ones, unless their Checkout Session id is a live one, and a renewal takes
// its first donation's mode.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/scripts/lib/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const MIGRATION = "20261203194000_donation_livemode";

let t: TestDatabase;
let before: string;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  // The project as it was before the migration: every earlier migration, none later.
  before = fs.mkdtempSync(path.join(os.tmpdir(), "winter-appeal-livemode-"));
  fs.mkdirSync(path.join(before, "prisma/migrations"), { recursive: true });
  fs.cpSync(path.join(process.cwd(), "prisma/schema.prisma"), path.join(before, "prisma/schema.prisma"));
  for (const entry of fs.readdirSync(path.join(process.cwd(), "prisma/migrations"), { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name >= MIGRATION) continue;
    fs.cpSync(path.join(process.cwd(), "prisma/migrations", entry.name), path.join(before, "prisma/migrations", entry.name), { recursive: true });
  }
});
afterAll(async () => {
  await t.drop();
  fs.rmSync(before, { recursive: true, force: true });
});

describe(`migration ${MIGRATION}`, () => {
  it("marks old rows live only when their session id is a live one; renewals follow their first donation", async () => {
    await migrate(t.url, { command: "deploy", root: before });
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      const campaignId = await insertCampaign(client);
      const insert = (id: string, session: string | null, parentId: string | null = null) =>
        client.query(
          `INSERT INTO "Donation" ("id", "campaignId", "kind", "amountPence", "status", "attemptKey", "stripeSessionId", "parentId", "updatedAt")
           VALUES ($1, $2, 'COAT', 2500, 'PAID', $1, $3, $4, now())`,
          [id, campaignId, session, parentId],
        );
      await insert("live", "cs_live_a1B2c3");
      await insert("live-renewal", null, "live");
      await insert("stripe-test", "cs_test_a1B2c3");
      await insert("built-in", "cs_test_local_0123456789abcdef01234567");
      await insert("test-renewal", null, "stripe-test");
      await insert("no-session", null);
      // Looks like a live id only to a careless LIKE ('_' matches any character).
      await insert("lookalike", "csXliveXa1B2c3");
    } finally {
      await client.end();
    }

    const { applied } = await migrate(t.url, { command: "deploy" });
    // This migration first, then any that came after it.
    expect(applied[0]).toBe(MIGRATION);
    const modes = await t.db.donation.findMany({ select: { id: true, livemode: true }, orderBy: { id: "asc" } });
    expect(Object.fromEntries(modes.map((d) => [d.id, d.livemode]))).toEqual({
      live: true,
      "live-renewal": true,
      "stripe-test": false,
      "built-in": false,
      "test-renewal": false,
      "no-session": false,
      lookalike: false,
    });
  });

  it("leaves no default: every new row must say which mode it was made in", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ column_default: string | null; is_nullable: string }>(
        `SELECT column_default, is_nullable FROM information_schema.columns WHERE table_name = 'Donation' AND column_name = 'livemode'`,
      );
      expect(rows).toEqual([{ column_default: null, is_nullable: "NO" }]);
    } finally {
      await client.end();
    }
  });
});

/**
 * A campaign row as the schema stood before the migration. Not the seed: today's seed writes
 * today's columns, which an older schema does not have. Every required column without a default
 * gets a plain value of its type.
 */
async function insertCampaign(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_name = 'Campaign' AND is_nullable = 'NO' AND column_default IS NULL ORDER BY ordinal_position`,
  );
  const value = (column: string, type: string) =>
    column === "id" ? "campaign-before" : type === "integer" ? 1 : type.startsWith("timestamp") ? new Date() : type === "boolean" ? false : column;
  await client.query(
    `INSERT INTO "Campaign" (${rows.map((r) => `"${r.column_name}"`).join(", ")}) VALUES (${rows.map((_, i) => `$${i + 1}`).join(", ")})`,
    rows.map((r) => value(r.column_name, r.data_type)),
  );
  return "campaign-before";
}
