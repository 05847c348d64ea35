import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppealCard } from "@/components/og/appeal-card";
import { ProgressMeter } from "@/components/progress-meter";
import { progressExplanation } from "@/lib/campaign/progress-words";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** These donations are made in test mode (fake Stripe, test keys): a test-mode site counts them. */
const TEST_MODE = { livemode: false };

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const paidAt = new Date("2017-12-01T10:00:00Z");

describe("computeCampaignProgress", () => {
  it("is null when there is no campaign", async () => {
    expect(await computeCampaignProgress(t.db, TEST_MODE)).toBeNull();
  });

  describe("with the seeded campaign", () => {
    let campaignId: string;
    beforeAll(async () => {
      await seed(t.url);
      campaignId = (await t.db.campaign.findFirstOrThrow({ select: { id: true } })).id;
    });

    it("on a fresh install with £0 raised: 0 coats funded, the seeded coats handed in, both toward the goal", async () => {
      expect(await computeCampaignProgress(t.db, TEST_MODE)).toEqual({
        goal: 3000,
        coatsFunded: 0,
        coatsHandedIn: 1184,
        coatsTowardGoal: 1184,
        raisedPence: 0,
        donationCount: 0,
        percent: 39.5,
      });
    });

    it("the home page's meter and the share card say so in the same words, the bar in two parts", async () => {
      const progress = await computeCampaignProgress(t.db, TEST_MODE);
      if (!progress) throw new Error("no progress");
      const meter = renderToStaticMarkup(createElement(ProgressMeter, { progress })).replaceAll("<!-- -->", "");
      expect(meter).toContain("0 coats funded by gifts");
      expect(meter).toContain("1,184 coats handed in");
      expect(meter).toContain(progressExplanation);
      expect(meter).toContain('aria-valuetext="1,184 of 3,000 coats toward the goal: 0 coats funded by gifts, 1,184 coats handed in"');
      expect(meter).toMatch(/data-part="funded"[^>]*style="width:0%"/);
      expect(meter).toMatch(/data-part="handed-in"[^>]*style="width:39.46%"/);
      expect(meter).not.toContain("1,184 coats funded");

      const card = renderToStaticMarkup(
        createElement(AppealCard, {
          campaign: { charityName: "Calais Winter Aid", hashtag: "Coat4Calais", headline: "A coat" },
          progress,
          site: "appeal.example",
        }),
      ).replaceAll("<!-- -->", "");
      expect(card).toContain("0 coats funded by gifts");
      expect(card).toContain("1,184 coats handed in");
      expect(card).not.toContain("1,184 coats funded");
    });

    it("counts paid gifts only as funded: coats bought plus whole coat equivalents of other money", async () => {
      const gift = (kind: DonationKind, status: DonationStatus, amountPence: number, quantity = 1) => ({
        campaignId,
        livemode: false,
        kind,
        status,
        amountPence,
        quantity,
        paidAt: status === DonationStatus.PAID || status === DonationStatus.REFUNDED ? paidAt : null,
        attemptKey: crypto.randomUUID(),
      });
      await t.db.donation.createMany({
        data: [
          gift(DonationKind.COAT, DonationStatus.PAID, 5000, 2),
          gift(DonationKind.PACK, DonationStatus.PAID, 1300),
          gift(DonationKind.CUSTOM, DonationStatus.PAID, 4000),
          gift(DonationKind.COAT, DonationStatus.PENDING, 2500),
          gift(DonationKind.CUSTOM, DonationStatus.FAILED, 10000),
          gift(DonationKind.PACK, DonationStatus.EXPIRED, 1300),
          gift(DonationKind.COAT, DonationStatus.REFUNDED, 7500, 3),
        ],
      });

      const progress = await computeCampaignProgress(t.db, TEST_MODE);
      expect(progress).toEqual({
        goal: 3000,
        // 2 bought + floor((1300 + 4000) / 2500) equivalents; the 1184 handed in beside them.
        coatsFunded: 2 + Math.floor((1300 + 4000) / 2500),
        coatsHandedIn: 1184,
        coatsTowardGoal: 1188,
        raisedPence: 5000 + 1300 + 4000,
        donationCount: 3,
        percent: 39.6,
      });
      expect(progress?.coatsFunded).toBe(4);
    });

    it("follows a refund: a refunded coat gift stops counting", async () => {
      const coat = await t.db.donation.findFirstOrThrow({ where: { kind: DonationKind.COAT, status: DonationStatus.PAID } });
      await t.db.donation.update({ where: { id: coat.id }, data: { status: DonationStatus.REFUNDED } });
      expect(await computeCampaignProgress(t.db, TEST_MODE)).toMatchObject({
        coatsFunded: 2,
        coatsHandedIn: 1184,
        coatsTowardGoal: 1186,
        raisedPence: 1300 + 4000,
        donationCount: 2,
      });
      await t.db.donation.update({ where: { id: coat.id }, data: { status: DonationStatus.PAID } });
    });

    it("uses the campaign's own coat price and in-kind count", async () => {
      await t.db.campaign.update({ where: { id: campaignId }, data: { coatPricePence: 1000, coatsReceivedInKind: 0 } });
      // 2 bought + floor(5300 / 1000) = 7.
      expect(await computeCampaignProgress(t.db, TEST_MODE)).toMatchObject({
        coatsFunded: 7,
        coatsHandedIn: 0,
        coatsTowardGoal: 7,
        raisedPence: 10300,
        donationCount: 3,
      });
      await t.db.campaign.update({ where: { id: campaignId }, data: { coatPricePence: 2500, coatsReceivedInKind: 1184 } });
      expect(await computeCampaignProgress(t.db, TEST_MODE)).toMatchObject({ coatsFunded: 4, coatsHandedIn: 1184, coatsTowardGoal: 1188 });
    });

    it("counts the site's own mode only: test gifts never on a live site, live ones not in a test site's total", async () => {
      const live = (kind: DonationKind, status: DonationStatus, amountPence: number, quantity = 1) => ({
        campaignId,
        livemode: true,
        kind,
        status,
        amountPence,
        quantity,
        paidAt,
        attemptKey: crypto.randomUUID(),
      });
      const before = await computeCampaignProgress(t.db, TEST_MODE);
      // No live money yet: a live site shows only the coats handed in, whatever the test gifts.
      expect(await computeCampaignProgress(t.db, { livemode: true })).toMatchObject({ coatsFunded: 0, coatsHandedIn: 1184, raisedPence: 0, donationCount: 0 });

      await t.db.donation.createMany({
        data: [
          live(DonationKind.COAT, DonationStatus.PAID, 7500, 3),
          live(DonationKind.CUSTOM, DonationStatus.PAID, 5000),
          live(DonationKind.PACK, DonationStatus.PENDING, 1300),
        ],
      });
      expect(await computeCampaignProgress(t.db, { livemode: true })).toEqual({
        goal: 3000,
        // 3 bought + floor(5000 / 2500); the 1184 handed in beside them.
        coatsFunded: 3 + 2,
        coatsHandedIn: 1184,
        coatsTowardGoal: 1184 + 5,
        raisedPence: 7500 + 5000,
        donationCount: 2,
        percent: 39.6,
      });
      // The test-mode total is as it was: the live gifts are not in it.
      expect(await computeCampaignProgress(t.db, TEST_MODE)).toEqual(before);
    });
  });
});
