import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ABANDONED_AFTER_MS, expireAbandonedDonations } from "@/lib/donations/checkout/expire-abandoned";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { seed } from "../../prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
});
afterAll(() => t.drop());

describe("expireAbandonedDonations", () => {
  it("expires only old pending donations that never got a checkout session", async () => {
    const campaign = await t.db.campaign.findFirstOrThrow();
    const now = new Date("2026-12-01T12:00:00Z");
    const old = new Date(now.getTime() - ABANDONED_AFTER_MS - 1000);
    const recent = new Date(now.getTime() - 60_000);
    const row = (key: string, createdAt: Date, extra: { status?: DonationStatus; stripeSessionId?: string } = {}) => ({
      campaignId: campaign.id,
      kind: DonationKind.COAT,
      amountPence: 2500,
      attemptKey: key,
      livemode: false,
      createdAt,
      ...extra,
    });
    await t.db.donation.createMany({
      data: [
        row("old-no-session", old),
        row("recent-no-session", recent),
        row("old-with-session", old, { stripeSessionId: "cs_test_1" }),
        row("old-paid", old, { status: DonationStatus.PAID }),
      ],
    });
    expect(await expireAbandonedDonations(t.db, now)).toBe(1);
    const statuses = Object.fromEntries((await t.db.donation.findMany({ select: { attemptKey: true, status: true } })).map((d) => [d.attemptKey, d.status]));
    expect(statuses).toEqual({ "old-no-session": "EXPIRED", "recent-no-session": "PENDING", "old-with-session": "PENDING", "old-paid": "PAID" });
    expect(await expireAbandonedDonations(t.db, now)).toBe(0);
  });
});
