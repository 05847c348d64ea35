import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DisputeState, DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

/** The filters of the staff donations table, from its query string; anything odd is dropped. */
export const donationFilterSchema = z.object({
  status: z.enum(DonationStatus).optional().catch(undefined),
  kind: z.enum(DonationKind).optional().catch(undefined),
  frequency: z.enum(DonationFrequency).optional().catch(undefined),
  giftAid: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Monthly gifts whose latest card payment failed (and that have not ended). */
  payment: z.enum(["failing"]).optional().catch(undefined),
  from: date,
  to: date,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type DonationFilter = z.infer<typeof donationFilterSchema>;
export const DONATIONS_PER_PAGE = 50;

/** Monthly gifts whose latest card payment failed, still running: staff may want to call the donor. */
export const failingGiftsWhere = { paymentFailing: true, subscriptionEndedAt: null } satisfies Prisma.DonationWhereInput;

export function donationWhere(f: DonationFilter): Prisma.DonationWhereInput {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.frequency ? { frequency: f.frequency } : {}),
    ...(f.giftAid === "yes" ? { giftAidDeclarationId: { not: null } } : f.giftAid === "no" ? { giftAidDeclarationId: null } : {}),
    ...(f.payment === "failing" ? failingGiftsWhere : {}),
    ...(f.from || f.to
      ? { createdAt: { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
}

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

export async function listDonations(db: Db, f: DonationFilter) {
  const where = donationWhere(f);
  const [total, rows] = await Promise.all([
    db.donation.count({ where }),
    db.donation.findMany({ where, select: donationRowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (f.page - 1) * DONATIONS_PER_PAGE, take: DONATIONS_PER_PAGE }),
  ]);
  return { total, rows, totalPages: Math.max(1, Math.ceil(total / DONATIONS_PER_PAGE)) };
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
    await recordAudit(tx, { actorId, action: "gift-aid.claim", subject: claim.id, details: { donations: count, totalPence: sum._sum.amountPence ?? 0, adjustments: adjusted.count, adjustmentPence } });
    return { id: claim.id, donationCount: count, totalPence: sum._sum.amountPence ?? 0, adjustmentCount: adjusted.count, adjustmentPence };
  });
}
