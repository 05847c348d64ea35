import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDonations } from "@/lib/donations/admin/admin-donations";
import { donationWhere, parseDonationFilter } from "@/lib/donations/admin/donation-filter";
import { exportDonationsCsv } from "@/lib/donations/admin/export-donations-csv";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The staff donations list's search and filters, shared by the page and its CSV download.

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  const { id: campaignId } = await t.db.campaign.findFirstOrThrow({ select: { id: true } });
  const gift = (
    id: string,
    fields: {
      name: string;
      email: string;
      status: DonationStatus;
      createdAt: string;
      amountPence: number;
      refundedPence?: number;
      livemode?: boolean;
      session?: string;
      intent?: string;
    },
  ) => ({
    id,
    campaignId,
    kind: DonationKind.CUSTOM,
    amountPence: fields.amountPence,
    refundedPence: fields.refundedPence ?? 0,
    status: fields.status,
    livemode: fields.livemode ?? true,
    donorName: fields.name,
    donorEmail: fields.email,
    createdAt: new Date(fields.createdAt),
    attemptKey: id,
    stripeSessionId: fields.session ?? null,
    stripePaymentIntentId: fields.intent ?? null,
  });
  await t.db.donation.createMany({
    data: [
      // 1 June 2026, 23:30 UTC: 00:30 on 2 June in London (summer time).
      gift("d-ada", {
        name: "Ada Lovelace",
        email: "ada@example.org",
        status: DonationStatus.PAID,
        createdAt: "2026-06-01T23:30:00Z",
        amountPence: 2500,
        session: "cs_live_ada",
        intent: "pi_ada",
      }),
      gift("d-ada-left", {
        name: "Ada Lovelace",
        email: "ada@example.org",
        status: DonationStatus.PENDING,
        createdAt: "2026-06-03T10:00:00Z",
        amountPence: 5000,
      }),
      gift("d-grace", {
        name: "Grace Hopper",
        email: "grace@navy.example",
        status: DonationStatus.PAID,
        createdAt: "2026-06-01T22:30:00Z",
        amountPence: 1300,
        refundedPence: 300,
      }),
      gift("d-test", {
        name: "Tess Ting",
        email: "tess@example.org",
        status: DonationStatus.PAID,
        createdAt: "2026-06-05T10:00:00Z",
        amountPence: 10000,
        livemode: false,
      }),
      gift("d-failed", { name: "Ada Byron", email: "byron@example.org", status: DonationStatus.FAILED, createdAt: "2026-06-04T10:00:00Z", amountPence: 700 }),
    ],
  });
});
afterAll(() => t.drop());

const ids = async (query: Record<string, string>) =>
  (await t.db.donation.findMany({ where: donationWhere(parseDonationFilter(query)), select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id);

describe("the donations filter", () => {
  it("reads the page's search parameters and the download's URL alike", () => {
    const fromPage = parseDonationFilter({ q: "  Ada ", status: "PAID", from: "2026-06-02", to: "", kind: ["COAT", "PACK"], page: "2" });
    const fromUrl = parseDonationFilter(
      new URL("http://x/admin/donations/export?q=+Ada+&status=PAID&from=2026-06-02&to=&kind=COAT&kind=PACK&page=2").searchParams,
    );
    expect(fromPage).toEqual(fromUrl);
    expect(fromPage).toMatchObject({ q: "Ada", status: "PAID", from: "2026-06-02", kind: "COAT", page: 2 });
    expect(fromPage.to).toBeUndefined();
  });

  it("drops what it cannot read, rather than failing: an impossible date, an unknown status", () => {
    expect(parseDonationFilter({ from: "2026-02-31", to: "yesterday", status: "LOST", page: "-3" })).toEqual({ page: 1 });
  });

  it("hides unfinished checkouts unless asked for them", async () => {
    expect(await ids({})).toEqual(["d-ada", "d-failed", "d-grace", "d-test"]);
    expect(await ids({ status: "ALL" })).toEqual(["d-ada", "d-ada-left", "d-failed", "d-grace", "d-test"]);
    expect(await ids({ status: "PENDING" })).toEqual(["d-ada-left"]);
  });

  it("searches donor names and emails in any case, and references exactly", async () => {
    expect(await ids({ q: "ada" })).toEqual(["d-ada", "d-failed"]);
    expect(await ids({ q: "NAVY.EXAMPLE" })).toEqual(["d-grace"]);
    expect(await ids({ q: "cs_live_ada" })).toEqual(["d-ada"]);
    expect(await ids({ q: "pi_ada" })).toEqual(["d-ada"]);
    expect(await ids({ q: "d-grace" })).toEqual(["d-grace"]);
    // A part of a reference is no reference.
    expect(await ids({ q: "cs_live" })).toEqual([]);
    expect(await ids({ q: "ada", status: "ALL" })).toEqual(["d-ada", "d-ada-left", "d-failed"]);
  });

  it("reads dates as London days: 00:30 on 2 June in summer time is 2 June, though 1 June in UTC", async () => {
    expect(await ids({ from: "2026-06-02", to: "2026-06-02" })).toEqual(["d-ada"]);
    expect(await ids({ to: "2026-06-01" })).toEqual(["d-grace"]);
    expect(await ids({ from: "2026-06-04" })).toEqual(["d-failed", "d-test"]);
  });

  it("tells live gifts from test ones", async () => {
    expect(await ids({ mode: "test" })).toEqual(["d-test"]);
    expect(await ids({ mode: "live", status: "PAID" })).toEqual(["d-ada", "d-grace"]);
  });

  it("totals every filtered row, not only the page's: how many, their amounts, and what was paid less refunds", async () => {
    const list = await listDonations(t.db, parseDonationFilter({ mode: "live" }));
    expect(list.totals).toEqual({ count: 3, amountPence: 2500 + 1300 + 700, paidPence: 2500 + 1300 - 300 });
    expect(list.rows.map((r) => r.id)).toEqual(["d-failed", "d-ada", "d-grace"]);
  });

  it("gives the download the same rows as the page", async () => {
    const admin = await t.db.user.create({ data: { email: "filter-admin@example.org", role: "ADMIN" }, select: { id: true } });
    for (const query of [{ q: "ada" }, { q: "ada", status: "ALL" }, { from: "2026-06-02", mode: "live" }]) {
      const filter = parseDonationFilter(query);
      const page = await listDonations(t.db, filter);
      const file = await exportDonationsCsv(t.db, admin.id, filter);
      const rows: string[] = [];
      for await (const row of file.rows) rows.push(String(row.id));
      expect(file.count, JSON.stringify(query)).toBe(page.totals.count);
      expect(rows.sort(), JSON.stringify(query)).toEqual(page.rows.map((r) => r.id).sort());
    }
  });
});
