import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGiftAidClaim } from "@/lib/donations/admin-donations";
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

async function gift(key: string, extra: { status?: DonationStatus; refundedPence?: number; giftAid?: boolean }) {
  const campaign = await t.db.campaign.findFirstOrThrow();
  const declaration = extra.giftAid === false
    ? null
    : await t.db.giftAidDeclaration.create({ data: { firstName: "Jo", lastName: key, houseNameOrNumber: "1", addressLine: "High St", postcode: "CT16 1AA", scope: GiftAidScope.ENDURING, wordingVersion: "v", wording: "w" } });
  return t.db.donation.create({
    data: { campaignId: campaign.id, kind: DonationKind.COAT, amountPence: 2500, attemptKey: key, status: extra.status ?? DonationStatus.PAID, paidAt: new Date(), refundedPence: extra.refundedPence ?? 0, giftAidDeclarationId: declaration?.id ?? null },
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

    const [a, b] = await Promise.all([createGiftAidClaim(t.db, actorId), createGiftAidClaim(t.db, actorId)]);
    const claims = [a, b].filter((c) => c !== null);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ donationCount: 2, totalPence: 5000 });
    const claimed = await t.db.donation.findMany({ where: { giftAidClaimId: { not: null } }, select: { id: true } });
    expect(claimed.map((d) => d.id).sort()).toEqual([ok1.id, ok2.id].sort());
    expect(await createGiftAidClaim(t.db, actorId)).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "gift-aid.claim" } })).toBe(1);
  });
});
