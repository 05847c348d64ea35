import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGiftAidClaim } from "@/lib/donations/admin/admin-donations";
import { DonationKind, DonationStatus, GiftAidScope } from "@/lib/generated/prisma/enums";
import { DEMO_ADMIN_EMAIL, seed } from "../../prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let actorId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id;
});
afterAll(() => t.drop());

async function gift(key: string, extra: { status?: DonationStatus; refundedPence?: number; giftAid?: boolean; livemode?: boolean }) {
  const campaign = await t.db.campaign.findFirstOrThrow();
  const declaration =
    extra.giftAid === false
      ? null
      : await t.db.giftAidDeclaration.create({
          data: {
            firstName: "Jo",
            lastName: key,
            houseNameOrNumber: "1",
            addressLine: "High St",
            postcode: "CT16 1AA",
            scope: GiftAidScope.ENDURING,
            wordingVersion: "v",
            wording: "w",
          },
        });
  return t.db.donation.create({
    data: {
      campaignId: campaign.id,
      livemode: extra.livemode ?? true,
      kind: DonationKind.COAT,
      amountPence: 2500,
      attemptKey: key,
      status: extra.status ?? DonationStatus.PAID,
      paidAt: new Date(),
      refundedPence: extra.refundedPence ?? 0,
      giftAidDeclarationId: declaration?.id ?? null,
    },
  });
}

describe("Gift Aid claims", () => {
  it("claim paid, unrefunded donations with a declaration, once only, even when two admins press at once", async () => {
    const ok1 = await gift("ok1", {});
    const ok2 = await gift("ok2", {});
    await gift("pending", { status: DonationStatus.PENDING });
    await gift("refunded", { status: DonationStatus.REFUNDED });
    await gift("partly-refunded", { refundedPence: 500 });
    await gift("no-declaration", { giftAid: false });
    const test = await gift("test-payment", { livemode: false });

    const [a, b] = await Promise.all([createGiftAidClaim(t.db, actorId), createGiftAidClaim(t.db, actorId)]);
    const claims = [a, b].filter((c) => c !== null);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ donationCount: 2, totalPence: 5000 });
    const claimed = await t.db.donation.findMany({ where: { giftAidClaimId: { not: null } }, select: { id: true } });
    expect(claimed.map((d) => d.id).sort()).toEqual([ok1.id, ok2.id].sort());
    expect(await createGiftAidClaim(t.db, actorId)).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "gift-aid.claim" } })).toBe(1);
    // The test gift is left unclaimed, and stays out of every later claim.
    expect(await t.db.donation.findUniqueOrThrow({ where: { id: test.id }, select: { giftAidClaimId: true, giftAidClaimedAt: true } })).toEqual({
      giftAidClaimId: null,
      giftAidClaimedAt: null,
    });
  });

  it("never claims a test donation: with only test gifts waiting there is nothing to claim", async () => {
    await gift("test-only-1", { livemode: false });
    await gift("test-only-2", { livemode: false });
    expect(await createGiftAidClaim(t.db, actorId)).toBeNull();
    expect(await t.db.donation.count({ where: { livemode: false, giftAidClaimId: { not: null } } })).toBe(0);
    const live = await gift("live-later", {});
    expect(await createGiftAidClaim(t.db, actorId)).toMatchObject({ donationCount: 1, totalPence: 2500 });
    expect(await t.db.donation.findMany({ where: { giftAidClaimedAt: { not: null }, livemode: false } })).toEqual([]);
    expect((await t.db.donation.findUniqueOrThrow({ where: { id: live.id } })).giftAidClaimId).not.toBeNull();
  });
});
