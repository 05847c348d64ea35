// The staff list of subscribers and its CSV, on a real PostgreSQL: search, status filter, counts,
// pages, and a CSV with each subscriber's consent that a spreadsheet cannot be tricked by.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsentAction, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { spreadsheetCsvText } from "@/lib/csv/spreadsheet-csv";
import type { Db } from "@/lib/db";
import { SUBSCRIBERS_PER_PAGE, countConfirmedSubscribers, listSubscribers, subscriberFilterSchema } from "@/lib/newsletter/admin-subscribers";
import { exportSubscribersCsv } from "@/lib/newsletter/export-subscribers-csv";
import { newsletterConsent } from "@/lib/newsletter/consent";
import { addresses } from "../../support/newsletter-fixtures";
import { parseCsv } from "../../support/parse-csv";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

let t: TestDatabase;

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9, 0, 0));

beforeAll(async () => {
  t = await createTestDatabase();
  // 60 confirmed readers signed up on successive minutes, so "newest first" is well defined.
  await t.db.subscriber.createMany({
    data: addresses("reader", 60).map((email, i) => ({
      email,
      status: SubscriberStatus.CONFIRMED,
      createdAt: new Date(day(1).getTime() + i * 60_000),
      confirmedAt: day(2),
    })),
  });
  const pending = await t.db.subscriber.create({ data: { email: "waiting@example.org", createdAt: day(3) } });
  await t.db.consentRecord.create({
    data: {
      subscriberId: pending.id,
      action: ConsentAction.GIVEN,
      wording: newsletterConsent.wording,
      version: newsletterConsent.version,
      source: "footer",
      createdAt: day(3),
    },
  });

  // A subscriber whose address and recorded words would run as formulas in a spreadsheet.
  const risky = await t.db.subscriber.create({
    data: { email: "-2+3@example.org", status: SubscriberStatus.CONFIRMED, createdAt: day(4), confirmedAt: day(5) },
  });
  await t.db.consentRecord.createMany({
    data: [
      { subscriberId: risky.id, action: ConsentAction.GIVEN, wording: "An older wording", version: "2026-01-01", source: "home", createdAt: day(4) },
      {
        subscriberId: risky.id,
        action: ConsentAction.GIVEN,
        wording: '=HYPERLINK("https://evil.example","Click")',
        version: "2026-11-01",
        source: "@home",
        createdAt: day(6),
      },
      {
        subscriberId: risky.id,
        action: ConsentAction.CONFIRMED,
        wording: newsletterConsent.wording,
        version: newsletterConsent.version,
        source: "email-link",
        createdAt: day(7),
      },
    ],
  });

  const gone = await t.db.subscriber.create({
    data: { email: "moved-on@example.org", status: SubscriberStatus.UNSUBSCRIBED, createdAt: day(8), confirmedAt: day(8), unsubscribedAt: day(9) },
  });
  await t.db.consentRecord.createMany({
    data: [
      {
        subscriberId: gone.id,
        action: ConsentAction.GIVEN,
        wording: newsletterConsent.wording,
        version: newsletterConsent.version,
        source: "donation",
        createdAt: day(8),
      },
      { subscriberId: gone.id, action: ConsentAction.WITHDRAWN, wording: "Unsubscribed", version: "-", source: "one-click", createdAt: day(9) },
    ],
  });
});
afterAll(() => t?.drop());

const filter = (raw: Record<string, string>) => subscriberFilterSchema.parse(raw);

describe("the staff list of subscribers", () => {
  it("shows the newest first, a page at a time, with the whole list's count per status", async () => {
    const first = await listSubscribers(t.db, filter({}));
    expect(first.total).toBe(63);
    expect(first.totalPages).toBe(2);
    expect(first.counts).toEqual({ PENDING: 1, CONFIRMED: 61, UNSUBSCRIBED: 1 });
    expect(first.rows).toHaveLength(SUBSCRIBERS_PER_PAGE);
    expect(first.rows.slice(0, 4).map((r) => r.email)).toEqual(["moved-on@example.org", "-2+3@example.org", "waiting@example.org", "reader-0059@example.org"]);
    const second = await listSubscribers(t.db, filter({ page: "2" }));
    expect(second.rows.map((r) => r.email)).toEqual(addresses("reader", 13).reverse());
  });

  it("searches by any part of the address, in any letter case, and filters by status", async () => {
    expect((await listSubscribers(t.db, filter({ q: "  READER-004 " }))).rows.map((r) => r.email)).toEqual(
      [
        "reader-0049",
        "reader-0048",
        "reader-0047",
        "reader-0046",
        "reader-0045",
        "reader-0044",
        "reader-0043",
        "reader-0042",
        "reader-0041",
        "reader-0040",
      ].map((e) => `${e}@example.org`),
    );
    const unsubscribed = await listSubscribers(t.db, filter({ status: "UNSUBSCRIBED" }));
    expect(unsubscribed.rows).toEqual([expect.objectContaining({ email: "moved-on@example.org", confirmedAt: day(8), unsubscribedAt: day(9) })]);
    // The counts describe the whole list whatever the filter, so staff see what each filter holds.
    expect(unsubscribed.counts).toEqual({ PENDING: 1, CONFIRMED: 61, UNSUBSCRIBED: 1 });
    expect((await listSubscribers(t.db, filter({ q: "reader", status: "PENDING" }))).total).toBe(0);
    expect(await countConfirmedSubscribers(t.db)).toBe(61);
  });

  it("drops filters it does not understand instead of failing", () => {
    expect(filter({ status: "DELETED", page: "-3", q: "x".repeat(300) })).toEqual({ page: 1 });
  });
});

/** The export as the download writes it (by an admin, as the route does), with its count. */
async function subscribersCsv(db: Db, filter: Parameters<typeof exportSubscribersCsv>[2]) {
  const admin = await db.user.upsert({ where: { email: "exporter@example.org" }, create: { email: "exporter@example.org", role: "ADMIN" }, update: {} });
  const data = await exportSubscribersCsv(db, admin.id, filter);
  return { count: data.count, csv: await spreadsheetCsvText(data) };
}

describe("the subscribers CSV", () => {
  it("holds the filtered list with each subscriber's latest consent, formulas neutralised", async () => {
    const { count, csv } = await subscribersCsv(t.db, { q: "@example.org", status: SubscriberStatus.CONFIRMED });
    expect(count).toBe(61);
    const rows = parseCsv(csv);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "email",
      "status",
      "signedUp",
      "confirmed",
      "unsubscribed",
      "consentGiven",
      "consentSource",
      "consentVersion",
      "consentWording",
      "noUpdatesSince",
      "noUpdatesBecause",
    ]);
    // Oldest first; the risky row is last among the confirmed.
    expect(rows.at(-1)).toEqual({
      email: "'-2+3@example.org",
      status: "CONFIRMED",
      signedUp: day(4).toISOString(),
      confirmed: day(5).toISOString(),
      unsubscribed: "",
      consentGiven: day(6).toISOString(),
      consentSource: "'@home",
      consentVersion: "2026-11-01",
      consentWording: `'=HYPERLINK("https://evil.example","Click")`,
      noUpdatesSince: "",
      noUpdatesBecause: "",
    });
    // The raw text never has a cell starting with a formula character.
    for (const line of csv.split("\n").slice(1)) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
  });

  it("keeps where an unsubscribed reader signed up, and when they left", async () => {
    const rows = parseCsv((await subscribersCsv(t.db, { status: SubscriberStatus.UNSUBSCRIBED })).csv);
    expect(rows).toEqual([
      expect.objectContaining({
        email: "moved-on@example.org",
        unsubscribed: day(9).toISOString(),
        consentSource: "donation",
        consentWording: newsletterConsent.wording,
      }),
    ]);
  });

  it("answers an empty filter with just the header row", async () => {
    expect(await subscribersCsv(t.db, { q: "nobody-here" })).toEqual({
      count: 0,
      csv: "email,status,signedUp,confirmed,unsubscribed,consentGiven,consentSource,consentVersion,consentWording,noUpdatesSince,noUpdatesBecause\n",
    });
  });
});
