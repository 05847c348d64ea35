import type { Db } from "@/lib/db";
import { DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { appealCopySelect, figuresSelect, waysToHelpSelect } from "./campaign-select";
import { computeProgress, type Progress } from "./progress";

const campaignFields = {
  id: true,
  slug: true,
  charityName: true,
  charityNumber: true,
  ...appealCopySelect,
  goalCoats: true,
  coatPricePence: true,
  packPricePence: true,
  feeBasisPoints: true,
  feeFixedPence: true,
  hashtag: true,
  videoUrl: true,
  updatedAt: true,
  figures: figuresSelect,
  waysToHelp: waysToHelpSelect,
} as const;

/** The campaign the site is running: the most recently created one. */
export async function findActiveCampaign(db: Db) {
  return db.campaign.findFirst({ select: campaignFields, orderBy: { createdAt: "desc" } });
}

/** The figures staff text states through placeholders: the prices and the goal. */
export async function findPriceFacts(db: Db) {
  return db.campaign.findFirst({ select: { coatPricePence: true, packPricePence: true, goalCoats: true }, orderBy: { createdAt: "desc" } });
}

export type Campaign = NonNullable<Awaited<ReturnType<typeof findActiveCampaign>>>;

/**
 * Progress of the active campaign. `livemode` says which donations count: the site's own payment
 * mode (lib/stripe/site-payment-mode.ts), so a live site counts real money only and a test-mode
 * site (the built-in checkout, a demo) counts its test gifts.
 */
export async function computeCampaignProgress(db: Db, counting: { livemode: boolean }): Promise<Progress | null> {
  const campaign = await db.campaign.findFirst({
    select: { id: true, goalCoats: true, coatPricePence: true, coatsReceivedInKind: true, countOtherGiftsAsCoats: true },
    orderBy: { createdAt: "desc" },
  });
  if (!campaign) return null;
  const groups = await db.donation.groupBy({
    by: ["kind"],
    where: { campaignId: campaign.id, status: DonationStatus.PAID, livemode: counting.livemode },
    _sum: { quantity: true, amountPence: true, refundedPence: true },
    _count: { _all: true },
  });
  let coatsBought = 0;
  let otherPence = 0;
  let totalPence = 0;
  let donationCount = 0;
  for (const g of groups) {
    // A partly refunded gift stays paid; what was refunded no longer counts as raised.
    const pence = (g._sum.amountPence ?? 0) - (g._sum.refundedPence ?? 0);
    totalPence += pence;
    donationCount += g._count._all;
    if (g.kind === DonationKind.COAT) coatsBought += g._sum.quantity ?? 0;
    else otherPence += pence;
  }
  return computeProgress({ ...campaign, coatsBought, otherPence, totalPence, donationCount });
}
