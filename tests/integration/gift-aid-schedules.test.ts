// A claim over HMRC's 1,000 rows per schedule comes as numbered schedules, each its own CSV, with
// every donation in exactly one of them: against a real PostgreSQL, through the CSV writer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spreadsheetCsvText } from "@/lib/csv/spreadsheet-csv";
import { createGiftAidClaim } from "@/lib/donations/admin/admin-donations";
import { claimScheduleFile, claimScheduleRanges } from "@/lib/gift-aid/claim-schedule";
import { DonationKind, DonationStatus, GiftAidScope } from "@/lib/generated/prisma/enums";
import { DEMO_ADMIN_EMAIL, seed } from "../../prisma/seed/seed";
import { parseCsvRecords } from "../support/parse-csv";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DONATIONS = 2345;

let t: TestDatabase;
let claimId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  const actorId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id;
  const campaign = await t.db.campaign.findFirstOrThrow();
  const start = Date.UTC(2026, 10, 1, 9);
  const n = Array.from({ length: DONATIONS }, (_, i) => i);
  await t.db.giftAidDeclaration.createMany({
    data: n.map((i) => ({
      id: `decl-${i}`,
      firstName: "Jo",
      lastName: i % 2 ? "Smith-Jones" : "Adams",
      houseNameOrNumber: String(i),
      addressLine: "High St",
      postcode: "ct161aa",
      scope: GiftAidScope.ENDURING,
      wordingVersion: "v",
      wording: "w",
    })),
  });
  await t.db.donation.createMany({
    data: n.map((i) => ({
      campaignId: campaign.id,
      livemode: true,
      kind: DonationKind.COAT,
      // A different amount each, so each row names its donation; three paid at each hour (over a
      // month), so the cut between schedules falls between donations paid at the same moment.
      amountPence: 1000 + i,
      attemptKey: `bulk-${i}`,
      status: DonationStatus.PAID,
      paidAt: new Date(start + Math.floor(i / 3) * 3_600_000),
      giftAidDeclarationId: `decl-${i}`,
    })),
  });
  const claim = await createGiftAidClaim(t.db, actorId);
  if (!claim) throw new Error("no claim made");
  expect(claim.donationCount).toBe(DONATIONS);
  claimId = claim.id;
}, 120_000);
afterAll(() => t.drop());

async function scheduleRows(number: number) {
  const file = await claimScheduleFile(t.db, claimId, number);
  if (!file) throw new Error(`no schedule ${number}`);
  const [header, ...rows] = parseCsvRecords(await spreadsheetCsvText(file.data));
  return { range: file.range, header, rows };
}

describe("a claim of 2,345 donations", () => {
  it("comes as three schedules: rows 1–1,000, 1,001–2,000 and 2,001–2,345", async () => {
    expect(await claimScheduleRanges(t.db, claimId)).toEqual([
      { number: 1, of: 3, firstRow: 1, lastRow: 1000 },
      { number: 2, of: 3, firstRow: 1001, lastRow: 2000 },
      { number: 3, of: 3, firstRow: 2001, lastRow: 2345 },
    ]);
  });

  it("puts every donation in exactly one schedule, in HMRC's layout, none cut", async () => {
    const schedules = [await scheduleRows(1), await scheduleRows(2), await scheduleRows(3)];
    expect(schedules.map((s) => s.rows.length)).toEqual([1000, 1000, 345]);
    for (const s of schedules) {
      expect(s.header).toEqual([
        "Title",
        "First name or initial",
        "Last name",
        "House name or number",
        "Postcode",
        "Aggregated donations",
        "Sponsored event",
        "Donation date (DD/MM/YY)",
        "Amount",
      ]);
      expect(s.rows.length).toBe(s.range.lastRow - s.range.firstRow + 1);
    }
    const amounts = schedules.flatMap((s) => s.rows.map((r) => r[8]));
    const expected = Array.from({ length: DONATIONS }, (_, i) => ((1000 + i) / 100).toFixed(2));
    expect(new Set(amounts).size).toBe(DONATIONS);
    expect([...amounts].sort()).toEqual([...expected].sort());
    // The rules applied on the way: the hyphen HMRC wants as a space, the postcode in capitals.
    const row = schedules[0]?.rows.find((r) => r[2] !== "Adams");
    expect(row?.slice(1, 5)).toEqual(["Jo", "Smith Jones", expect.stringMatching(/^\d+$/), "CT16 1AA"]);
  });

  it("cuts in the order donations were paid: each schedule's dates come after the one before", async () => {
    const days = async (n: number) => (await scheduleRows(n)).rows.map((r) => r[7] ?? "");
    const toKey = (d: string) => Number(d.split("/").reverse().join(""));
    const [one, two, three] = [await days(1), await days(2), await days(3)];
    expect(toKey(one.at(-1) ?? "")).toBeLessThanOrEqual(toKey(two[0] ?? ""));
    expect(toKey(two.at(-1) ?? "")).toBeLessThanOrEqual(toKey(three[0] ?? ""));
    expect(one[0]).toBe("01/11/26");
    expect(toKey(one[0] ?? "")).toBeLessThan(toKey(three.at(-1) ?? ""));
  });

  it("has no schedule 4, and no schedule of a claim that does not exist", async () => {
    expect(await claimScheduleFile(t.db, claimId, 4)).toBeNull();
    expect(await claimScheduleFile(t.db, claimId, 0)).toBeNull();
    expect(await claimScheduleFile(t.db, "no-such-claim", 1)).toBeNull();
    expect(await claimScheduleRanges(t.db, "no-such-claim")).toEqual([]);
  });
});
