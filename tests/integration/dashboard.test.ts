import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appealByDay } from "@/lib/dashboard/appeal-by-day";
import { moneyTotals, staffTotals, testGiftCount } from "@/lib/dashboard/dashboard-totals";
import { DonationFrequency, DonationKind, DonationPointStatus, DonationStatus, PostStatus, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The dashboard's totals and chart against a known set: the demo content, plus gifts, coats,
// volunteers and subscribers made here at known moments around London's midnight in summer time
// (BST, UTC+1), where a UTC day and a London day differ.

let t: TestDatabase;
let campaignId: string;
let seededPoints: { accepting: number; full: number; closed: number };
// Monday 8 June 2026, 10:00 in London (09:00 UTC). "This week": 2 to 8 June.
const now = new Date("2026-06-08T09:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  const campaign = await t.db.campaign.findFirstOrThrow({ select: { id: true } });
  campaignId = campaign.id;
  // The appeal began on 30 May (London), at 00:30 BST: still 29 May in UTC.
  await t.db.campaign.update({ where: { id: campaignId }, data: { createdAt: new Date("2026-05-29T23:30:00Z") } });

  let n = 0;
  const gift = (fields: {
    kind: DonationKind;
    amountPence: number;
    paidAt?: string;
    quantity?: number;
    status?: DonationStatus;
    livemode?: boolean;
    refundedPence?: number;
    giftAid?: boolean;
    frequency?: DonationFrequency;
    ended?: boolean;
    claimed?: boolean;
  }) => ({
    campaignId,
    kind: fields.kind,
    quantity: fields.quantity ?? 1,
    amountPence: fields.amountPence,
    refundedPence: fields.refundedPence ?? 0,
    status: fields.status ?? DonationStatus.PAID,
    livemode: fields.livemode ?? true,
    paidAt: fields.paidAt ? new Date(fields.paidAt) : null,
    frequency: fields.frequency ?? DonationFrequency.ONCE,
    subscriptionEndedAt: fields.ended ? new Date("2026-06-07T12:00:00Z") : null,
    attemptKey: `dashboard-${n++}`,
    giftAidClaimedAt: fields.claimed ? new Date("2026-06-06T12:00:00Z") : null,
  });
  const declaration = await t.db.giftAidDeclaration.create({
    data: {
      firstName: "Ada",
      lastName: "Lovelace",
      houseNameOrNumber: "1",
      addressLine: "High Street",
      postcode: "CT16 1AA",
      scope: "ENDURING",
      wordingVersion: "v1",
      wording: "wording",
    },
  });
  const claim = await t.db.giftAidClaim.create({ data: { donationCount: 1, totalPence: 4000 } });
  const rows = [
    // 1 June, 23:30 UTC = 2 June, 00:30 in London: 2 coats, with Gift Aid, not yet claimed.
    { ...gift({ kind: DonationKind.COAT, quantity: 2, amountPence: 5000, paidAt: "2026-06-01T23:30:00Z" }), giftAidDeclarationId: declaration.id },
    // 30 May (London): £13 pack and £20 own amount: £33 of other gifts, one coat's worth at £25.
    gift({ kind: DonationKind.PACK, amountPence: 1300, paidAt: "2026-05-30T10:00:00Z" }),
    gift({ kind: DonationKind.CUSTOM, amountPence: 2000, paidAt: "2026-05-30T11:00:00Z" }),
    // 1 June: £40 own amount with Gift Aid, already claimed. £73 of other gifts in all: 2 coats' worth.
    {
      ...gift({ kind: DonationKind.CUSTOM, amountPence: 4000, paidAt: "2026-06-01T12:00:00Z", claimed: true }),
      giftAidDeclarationId: declaration.id,
      giftAidClaimId: claim.id,
    },
    // 7 June: a monthly £10, running, partly refunded (£4).
    gift({ kind: DonationKind.CUSTOM, amountPence: 1000, paidAt: "2026-06-07T09:00:00Z", frequency: DonationFrequency.MONTHLY, refundedPence: 400 }),
    // 3 June: a monthly gift that has ended still counts as money raised, not as a monthly donor.
    gift({ kind: DonationKind.CUSTOM, amountPence: 500, paidAt: "2026-06-03T09:00:00Z", frequency: DonationFrequency.MONTHLY, ended: true }),
    // Never counted: a test gift, pending, failed, expired and wholly refunded ones.
    gift({ kind: DonationKind.COAT, amountPence: 250_000, quantity: 100, paidAt: "2026-06-05T09:00:00Z", livemode: false }),
    gift({ kind: DonationKind.COAT, amountPence: 2500, status: DonationStatus.PENDING }),
    gift({ kind: DonationKind.COAT, amountPence: 2500, status: DonationStatus.FAILED }),
    gift({ kind: DonationKind.COAT, amountPence: 2500, status: DonationStatus.EXPIRED }),
    gift({ kind: DonationKind.COAT, amountPence: 2500, paidAt: "2026-06-04T09:00:00Z", status: DonationStatus.REFUNDED, refundedPence: 2500 }),
  ];
  await t.db.donation.createMany({ data: rows });

  // Coats handed in: 1184 counted as a total by the demo content, undated; two dated deliveries.
  for (const [receivedOn, coats] of [
    ["2026-05-31", 40],
    ["2026-06-06", 16],
  ] as const) {
    await t.db.inKindDelivery.create({ data: { campaignId, coats, receivedOn: new Date(`${receivedOn}T00:00:00Z`) } });
  }
  await t.db.campaign.update({ where: { id: campaignId }, data: { coatsReceivedInKind: { increment: 56 } } });

  const volunteer = (createdAt: string, email: string) => ({
    name: "V",
    email,
    place: "CALAIS" as const,
    availableFrom: new Date("2026-07-01"),
    availableTo: new Date("2026-07-10"),
    drivingLicence: false,
    canDriveVan: false,
    confirmedAdultAt: new Date(createdAt),
    createdAt: new Date(createdAt),
  });
  // 1 June, 23:30 UTC is 2 June in London: this week. 1 June, 22:30 UTC is 1 June: not.
  await t.db.volunteerApplication.createMany({
    data: [
      volunteer("2026-06-01T23:30:00Z", "a@example.org"),
      volunteer("2026-06-01T22:30:00Z", "b@example.org"),
      volunteer("2026-06-08T08:00:00Z", "c@example.org"),
    ],
  });
  await t.db.subscriber.createMany({
    data: [
      { email: "s1@example.org", status: SubscriberStatus.CONFIRMED },
      { email: "s2@example.org", status: SubscriberStatus.CONFIRMED },
      { email: "s3@example.org", status: SubscriberStatus.PENDING },
      { email: "s4@example.org", status: SubscriberStatus.UNSUBSCRIBED },
    ],
  });
  await t.db.post.create({ data: { slug: "draft-one", title: "Draft", excerpt: "", body: "", category: "NEWS", status: PostStatus.DRAFT } });
  await t.db.post.create({
    data: {
      slug: "later-one",
      title: "Later",
      excerpt: "",
      body: "",
      category: "NEWS",
      status: PostStatus.SCHEDULED,
      publishedAt: new Date("2026-06-20T09:00:00Z"),
    },
  });
  const pointsIn = (status: DonationPointStatus) => t.db.donationPoint.count({ where: { status } });
  seededPoints = {
    accepting: await pointsIn(DonationPointStatus.ACCEPTING),
    full: await pointsIn(DonationPointStatus.FULL),
    closed: await pointsIn(DonationPointStatus.CLOSED),
  };
  const point = await t.db.donationPoint.findFirstOrThrow({ where: { status: DonationPointStatus.ACCEPTING }, select: { id: true } });
  await t.db.donationPoint.update({ where: { id: point.id }, data: { status: DonationPointStatus.FULL } });
});
afterAll(() => t.drop());

describe("the dashboard's totals", () => {
  it("counts money from paid live gifts only, with Gift Aid apart, and coats bought against coats handed in", async () => {
    const totals = await moneyTotals(t.db, now);
    // 5000 + 1300 + 2000 + 4000 + (1000 - 400) + 500.
    expect(totals.raised).toEqual({ pence: 13_400, gifts: 6, giftAidPence: Math.floor((5000 + 4000) / 4) });
    // 2 to 8 June (London): the coats at 00:30 on 2 June, the ended monthly gift, the partly refunded one.
    expect(totals.thisWeek).toEqual({ gifts: 3, pence: 5000 + 500 + 600 });
    // 2 coats bought, and floor((1300 + 2000 + 4000 + 600 + 500) / 2500) = 3 coats' worth of other money.
    expect(totals.coats).toEqual({ boughtWithMoney: 5, handedIn: 1184 + 56, goal: 3000 });
    // Only the unclaimed coats gift: £50, so £12.50 of Gift Aid.
    expect(totals.giftAidUnclaimed).toEqual({ pence: 1250, gifts: 1 });
    expect(totals.monthlyDonors).toBe(1);
    expect(totals.newVolunteers).toBe(2);
    expect(totals.confirmedSubscribers).toBe(2);
    expect(await testGiftCount(t.db)).toBe(1);
  });

  it("gives every member of staff their own work: posts, coats handed in, drop-off points", async () => {
    const seededPosts = await t.db.post.count({ where: { status: PostStatus.PUBLISHED } });
    const totals = await staffTotals(t.db, now);
    expect(totals.posts).toEqual({ published: seededPosts, scheduled: 1, drafts: 1 });
    // The delivery on 6 June is this week; the one on 31 May is not.
    expect(totals.coatsHandedIn).toEqual({ total: 1184 + 56, thisWeek: 16 });
    // One accepting point marked full here.
    expect(totals.points).toEqual({ accepting: seededPoints.accepting - 1, full: seededPoints.full + 1, closed: seededPoints.closed });
  });
});

describe("the chart's figures by London day", () => {
  it("has every day from the appeal's first London day to today, with money by the day it was paid in London", async () => {
    const chart = await appealByDay(t.db, now, { money: true });
    expect(chart?.undatedHandedIn).toBe(1184);
    expect(chart?.days).toEqual([
      // £33 of other gifts: one coat's worth.
      { day: "2026-05-30", coatsHandedIn: 0, money: { raisedPence: 3300, coatsBought: 1 } },
      { day: "2026-05-31", coatsHandedIn: 40, money: { raisedPence: 0, coatsBought: 0 } },
      // £73 of other gifts by now: 2 coats' worth, one more than yesterday.
      { day: "2026-06-01", coatsHandedIn: 0, money: { raisedPence: 4000, coatsBought: 1 } },
      { day: "2026-06-02", coatsHandedIn: 0, money: { raisedPence: 5000, coatsBought: 2 } },
      // £78: 3 coats' worth.
      { day: "2026-06-03", coatsHandedIn: 0, money: { raisedPence: 500, coatsBought: 1 } },
      { day: "2026-06-04", coatsHandedIn: 0, money: { raisedPence: 0, coatsBought: 0 } },
      { day: "2026-06-05", coatsHandedIn: 0, money: { raisedPence: 0, coatsBought: 0 } },
      { day: "2026-06-06", coatsHandedIn: 16, money: { raisedPence: 0, coatsBought: 0 } },
      // £84: still 3 coats' worth.
      { day: "2026-06-07", coatsHandedIn: 0, money: { raisedPence: 600, coatsBought: 0 } },
      { day: "2026-06-08", coatsHandedIn: 0, money: { raisedPence: 0, coatsBought: 0 } },
    ]);
  });

  it("adds up to the totals", async () => {
    const [chart, totals] = await Promise.all([appealByDay(t.db, now, { money: true }), moneyTotals(t.db, now)]);
    const sum = (f: (d: NonNullable<typeof chart>["days"][number]) => number) => chart?.days.reduce((a, d) => a + f(d), 0);
    expect(sum((d) => d.money?.raisedPence ?? 0)).toBe(totals.raised.pence);
    expect(sum((d) => d.money?.coatsBought ?? 0)).toBe(totals.coats.boughtWithMoney);
    expect((sum((d) => d.coatsHandedIn) ?? 0) + (chart?.undatedHandedIn ?? 0)).toBe(totals.coats.handedIn);
  });

  it("holds no money for editors", async () => {
    const chart = await appealByDay(t.db, now, { money: false });
    expect(chart?.days.every((d) => d.money === undefined)).toBe(true);
    expect(chart?.days.find((d) => d.day === "2026-05-31")).toEqual({ day: "2026-05-31", coatsHandedIn: 40 });
  });

  it("counts days across the clocks going back: 25 October 2026 is a London day of 25 hours", async () => {
    await t.db.donation.create({
      data: {
        campaignId,
        kind: DonationKind.CUSTOM,
        amountPence: 700,
        status: DonationStatus.PAID,
        livemode: true,
        paidAt: new Date("2026-10-25T23:30:00Z"),
        attemptKey: "dashboard-gmt",
      },
    });
    const later = new Date("2026-10-26T12:00:00Z");
    const chart = await appealByDay(t.db, later, { money: true });
    // 23:30 UTC on 25 October is 23:30 GMT: still the 25th in London.
    expect(chart?.days.find((d) => d.day === "2026-10-25")?.money?.raisedPence).toBe(700);
    expect(chart?.days.at(-1)?.day).toBe("2026-10-26");
    await t.db.donation.delete({ where: { attemptKey: "dashboard-gmt" } });
  });
});
