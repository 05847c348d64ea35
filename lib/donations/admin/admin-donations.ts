import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DisputeState, DonationStatus } from "@/lib/generated/prisma/enums";
import { donationWhere, type DonationFilter } from "./donation-filter";

// The filters live in ./donation-filter.ts, shared with the CSV download.
export { donationFilterSchema, donationWhere, failingGiftsWhere, parseDonationFilter, type DonationFilter } from "./donation-filter";

export const DONATIONS_PER_PAGE = 50;

export const donationRowSelect = {
  id: true,
  createdAt: true,
  paidAt: true,
  kind: true,
  quantity: true,
  amountPence: true,
  feePence: true,
  refundedPence: true,
  frequency: true,
  status: true,
  livemode: true,
  anonymous: true,
  donorName: true,
  donorEmail: true,
  giftAidDeclarationId: true,
  giftAidClaimedAt: true,
  paymentFailing: true,
  subscriptionEndedAt: true,
  disputeState: true,
} as const;

/**
 * One page of the filtered donations, newest first, with the totals of every filtered row (not
 * only this page's): how many, their amounts, and what was paid of them less refunds.
 */
export async function listDonations(db: Db, f: DonationFilter) {
  const where = donationWhere(f);
  const [byStatus, rows] = await Promise.all([
    db.donation.groupBy({ by: ["status"], where, _count: { _all: true }, _sum: { amountPence: true, refundedPence: true } }),
    db.donation.findMany({
      where,
      select: donationRowSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * DONATIONS_PER_PAGE,
      take: DONATIONS_PER_PAGE,
    }),
  ]);
  const total = byStatus.reduce((n, g) => n + g._count._all, 0);
  const paid = byStatus.find((g) => g.status === DonationStatus.PAID);
  const totals = {
    count: total,
    amountPence: byStatus.reduce((n, g) => n + (g._sum.amountPence ?? 0), 0),
    // Paid gifts, less what was refunded of them: money the filtered rows brought in.
    paidPence: (paid?._sum.amountPence ?? 0) - (paid?._sum.refundedPence ?? 0),
  };
  return { total, totals, rows, totalPages: Math.max(1, Math.ceil(total / DONATIONS_PER_PAGE)) };
}

/**
 * Paid with real money, never refunded, never claimed, with a declaration, and not under a card
 * dispute (one won is fine again): what HMRC may be asked for. A test donation (test keys, the
 * built-in checkout) never is, whatever mode the site is in.
 */
export const claimableWhere: Prisma.DonationWhereInput = {
  livemode: true,
  status: DonationStatus.PAID,
  refundedPence: 0,
  giftAidDeclarationId: { not: null },
  giftAidClaimId: null,
  OR: [{ disputeState: null }, { disputeState: DisputeState.WON }],
};

/** Gift Aid to repay for gifts refunded after their claim, waiting for the next claim. */
export const pendingAdjustmentsWhere = { includedInClaimId: null } satisfies Prisma.GiftAidAdjustmentWhereInput;

/**
 * Puts every claimable donation into a new claim batch, in one transaction: a donation joins at
 * most one batch (the update only takes rows still unclaimed), so nothing is claimed twice even if
 * two admins press the button at once.
 */
export async function createGiftAidClaim(db: Db, actorId: string, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const claim = await tx.giftAidClaim.create({ data: { createdById: actorId, donationCount: 0, totalPence: 0 }, select: { id: true } });
    const { count } = await tx.donation.updateMany({ where: claimableWhere, data: { giftAidClaimId: claim.id, giftAidClaimedAt: now } });
    if (count === 0) {
      await tx.giftAidClaim.delete({ where: { id: claim.id } });
      return null;
    }
    const sum = await tx.donation.aggregate({ where: { giftAidClaimId: claim.id }, _sum: { amountPence: true } });
    // Gift Aid owed back for gifts refunded since their own claim: repaid with this one.
    const adjusted = await tx.giftAidAdjustment.updateMany({ where: pendingAdjustmentsWhere, data: { includedInClaimId: claim.id } });
    const adjustments = await tx.giftAidAdjustment.aggregate({ where: { includedInClaimId: claim.id }, _sum: { giftAidPence: true } });
    const adjustmentPence = adjustments._sum.giftAidPence ?? 0;
    await tx.giftAidClaim.update({ where: { id: claim.id }, data: { donationCount: count, totalPence: sum._sum.amountPence ?? 0, adjustmentPence } });
    await recordAudit(tx, {
      actorId,
      action: "gift-aid.claim",
      subject: claim.id,
      details: { donations: count, totalPence: sum._sum.amountPence ?? 0, adjustments: adjusted.count, adjustmentPence },
    });
    return { id: claim.id, donationCount: count, totalPence: sum._sum.amountPence ?? 0, adjustmentCount: adjusted.count, adjustmentPence };
  });
}
