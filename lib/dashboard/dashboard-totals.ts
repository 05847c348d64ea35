import type { Db } from "@/lib/db";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { claimableWhere } from "@/lib/donations/admin/admin-donations";
import { giftAidOn } from "@/lib/donations/checkout/gift-total";
import { addDays, londonDay, startOfLondonDay } from "@/lib/format/london-day";
import { DonationFrequency, DonationPointStatus, DonationStatus, PostStatus, SubscriberStatus } from "@/lib/generated/prisma/enums";

/** "This week" on the dashboard: today and the six London days before it. */
export function weekStartingDay(now: Date): string {
  return addDays(londonDay(now), -6);
}

/** What every member of staff sees: their own work (posts, coats handed in, drop-off points). */
export type StaffTotals = {
  posts: { published: number; scheduled: number; drafts: number };
  coatsHandedIn: { total: number; thisWeek: number };
  points: { accepting: number; full: number; closed: number };
};

/** What only admins see: money and people. Money counts live gifts only (real money), in pence. */
export type MoneyTotals = {
  raised: { pence: number; gifts: number; giftAidPence: number };
  thisWeek: { gifts: number; pence: number };
  coats: { boughtWithMoney: number; handedIn: number; goal: number };
  giftAidUnclaimed: { pence: number; gifts: number };
  monthlyDonors: number;
  newVolunteers: number;
  confirmedSubscribers: number;
};

const LIVE_PAID = { livemode: true, status: DonationStatus.PAID } as const;

export async function staffTotals(db: Db, now: Date): Promise<StaffTotals> {
  const since = weekStartingDay(now);
  const [posts, points, campaign, recentCoats] = await Promise.all([
    db.post.groupBy({ by: ["status"], _count: { _all: true } }),
    db.donationPoint.groupBy({ by: ["status"], _count: { _all: true } }),
    db.campaign.findFirst({ select: { id: true, coatsReceivedInKind: true }, orderBy: { createdAt: "desc" } }),
    // receivedOn is the London date staff entered, stored as that date.
    db.inKindDelivery.aggregate({ where: { receivedOn: { gte: new Date(`${since}T00:00:00Z`) } }, _sum: { coats: true } }),
  ]);
  const postCount = (s: PostStatus) => posts.find((p) => p.status === s)?._count._all ?? 0;
  const pointCount = (s: DonationPointStatus) => points.find((p) => p.status === s)?._count._all ?? 0;
  return {
    posts: { published: postCount(PostStatus.PUBLISHED), scheduled: postCount(PostStatus.SCHEDULED), drafts: postCount(PostStatus.DRAFT) },
    coatsHandedIn: { total: campaign?.coatsReceivedInKind ?? 0, thisWeek: recentCoats._sum.coats ?? 0 },
    points: {
      accepting: pointCount(DonationPointStatus.ACCEPTING),
      full: pointCount(DonationPointStatus.FULL),
      closed: pointCount(DonationPointStatus.CLOSED),
    },
  };
}

export async function moneyTotals(db: Db, now: Date): Promise<MoneyTotals> {
  const since = startOfLondonDay(weekStartingDay(now));
  const [progress, campaign, withDeclaration, week, unclaimed, monthlyDonors, newVolunteers, confirmedSubscribers] = await Promise.all([
    // The same count as the public progress, of real money only.
    computeCampaignProgress(db, { livemode: true }),
    db.campaign.findFirst({ select: { id: true, coatsReceivedInKind: true }, orderBy: { createdAt: "desc" } }),
    db.donation.aggregate({ where: { ...LIVE_PAID, giftAidDeclarationId: { not: null } }, _sum: { amountPence: true, refundedPence: true } }),
    db.donation.aggregate({ where: { ...LIVE_PAID, paidAt: { gte: since } }, _count: { _all: true }, _sum: { amountPence: true, refundedPence: true } }),
    db.donation.aggregate({ where: claimableWhere, _count: { _all: true }, _sum: { amountPence: true } }),
    // A monthly gift is its first donation; renewals are donations of their own.
    db.donation.count({ where: { ...LIVE_PAID, frequency: DonationFrequency.MONTHLY, parentId: null, subscriptionEndedAt: null } }),
    db.volunteerApplication.count({ where: { createdAt: { gte: since } } }),
    db.subscriber.count({ where: { status: SubscriberStatus.CONFIRMED } }),
  ]);
  const handedIn = campaign?.coatsReceivedInKind ?? 0;
  const declaredPence = (withDeclaration._sum.amountPence ?? 0) - (withDeclaration._sum.refundedPence ?? 0);
  return {
    raised: { pence: progress?.raisedPence ?? 0, gifts: progress?.donationCount ?? 0, giftAidPence: giftAidOn(declaredPence) },
    thisWeek: { gifts: week._count._all, pence: (week._sum.amountPence ?? 0) - (week._sum.refundedPence ?? 0) },
    // The public count's own two parts (lib/campaign/progress.ts): funded by money, and handed in.
    coats: { boughtWithMoney: progress?.coatsFunded ?? 0, handedIn, goal: progress?.goal ?? 0 },
    giftAidUnclaimed: { pence: giftAidOn(unclaimed._sum.amountPence ?? 0), gifts: unclaimed._count._all },
    monthlyDonors,
    newVolunteers,
    confirmedSubscribers,
  };
}

/** Paid test gifts (test keys, the built-in checkout): never counted above, but worth a word on a test-mode site. */
export async function testGiftCount(db: Db): Promise<number> {
  return db.donation.count({ where: { livemode: false, status: DonationStatus.PAID } });
}
