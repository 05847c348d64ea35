import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const paidAt = new Date("2017-12-01T10:00:00Z");

describe("computeCampaignProgress", () => {
  it("is null when there is no campaign", async () => {
    expect(await computeCampaignProgress(t.db)).toBeNull();
  });

  describe("with the seeded campaign", () => {
    let campaignId: string;
    beforeAll(async () => {
      await seed(t.url);
      campaignId = (await t.db.campaign.findFirstOrThrow({ select: { id: true } })).id;
    });

    it("counts only the coats handed in before any gift", async () => {
      expect(await computeCampaignProgress(t.db)).toEqual({ goal: 3000, coatsFunded: 1184, raisedPence: 0, donationCount: 0, percent: 39.5 });
    });

    it("counts paid gifts only: coats bought plus whole coat equivalents of other money", async () => {
      const gift = (kind: DonationKind, status: DonationStatus, amountPence: number, quantity = 1) => ({
        campaignId,
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

      const progress = await computeCampaignProgress(t.db);
      expect(progress).toEqual({
        goal: 3000,
        // 1184 handed in + 2 bought + floor((1300 + 4000) / 2500) equivalents.
        coatsFunded: 1184 + 2 + Math.floor((1300 + 4000) / 2500),
        raisedPence: 5000 + 1300 + 4000,
        donationCount: 3,
        percent: 39.6,
      });
      expect(progress?.coatsFunded).toBe(1188);
    });

    it("follows a refund: a refunded coat gift stops counting", async () => {
      const coat = await t.db.donation.findFirstOrThrow({ where: { kind: DonationKind.COAT, status: DonationStatus.PAID } });
      await t.db.donation.update({ where: { id: coat.id }, data: { status: DonationStatus.REFUNDED } });
      expect(await computeCampaignProgress(t.db)).toMatchObject({ coatsFunded: 1184 + 2, raisedPence: 1300 + 4000, donationCount: 2 });
      await t.db.donation.update({ where: { id: coat.id }, data: { status: DonationStatus.PAID } });
    });

    it("uses the campaign's own coat price and in-kind count", async () => {
      await t.db.campaign.update({ where: { id: campaignId }, data: { coatPricePence: 1000, coatsReceivedInKind: 0 } });
      // 2 bought + floor(5300 / 1000) = 7.
      expect(await computeCampaignProgress(t.db)).toMatchObject({ coatsFunded: 7, raisedPence: 10300, donationCount: 3 });
      await t.db.campaign.update({ where: { id: campaignId }, data: { coatPricePence: 2500, coatsReceivedInKind: 1184 } });
      expect((await computeCampaignProgress(t.db))?.coatsFunded).toBe(1188);
    });
  });
});
