import type { Db } from "@/lib/db";
import { londonDay } from "@/lib/format/london-day";
import { computeProgress, type Progress } from "@/lib/campaign/progress";
import { Prisma } from "@/lib/generated/prisma/client";
import { isPastEndDate } from "./drive-end";
import { CoatDriveReportStatus, CoatDriveStatus, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";

// Reads of coat drives, as plain functions of a client: the cached readers (cached.ts), the staff
// pages, the emails and the tests call these.

/** The campaign figures a drive's count of coats takes from: the one price of a coat. */
export type CoatRule = { coatPricePence: number; countOtherGiftsAsCoats: boolean };

export type DriveMoney = { coatsBought: number; otherPence: number; totalPence: number; donationCount: number };

const noMoney: DriveMoney = { coatsBought: 0, otherPence: 0, totalPence: 0, donationCount: 0 };

/**
 * What gifts made through each drive add up to: paid gifts in the site's payment mode, less what
 * was refunded, by the same rule as the appeal's own progress (lib/campaign/queries.ts). A gift
 * belongs to the drive it was made through (Donation.driveId, set at checkout); a monthly gift's
 * later payments belong to its first donation's drive. Read from the donations themselves, never
 * kept as a running total: a webhook retry or a refund cannot count a gift twice or leave it.
 */
export async function driveMoney(db: Db, driveIds: readonly string[], counting: { livemode: boolean }): Promise<Map<string, DriveMoney>> {
  const result = new Map<string, DriveMoney>();
  if (driveIds.length === 0) return result;
  const rows = await db.$queryRaw<{ driveId: string; kind: DonationKind; quantity: bigint; pence: bigint; count: bigint }[]>`
    SELECT COALESCE(d."driveId", p."driveId") AS "driveId", d."kind",
           SUM(d."quantity")::bigint AS "quantity",
           SUM(d."amountPence" - d."refundedPence")::bigint AS "pence",
           COUNT(*)::bigint AS "count"
    FROM "Donation" d LEFT JOIN "Donation" p ON p."id" = d."parentId"
    WHERE d."status" = ${DonationStatus.PAID}::"DonationStatus" AND d."livemode" = ${counting.livemode}
      AND COALESCE(d."driveId", p."driveId") IN (${Prisma.join(driveIds)})
    GROUP BY 1, 2`;
  for (const row of rows) {
    const money = result.get(row.driveId) ?? { ...noMoney };
    const pence = Number(row.pence);
    money.totalPence += pence;
    money.donationCount += Number(row.count);
    if (row.kind === DonationKind.COAT) money.coatsBought += Number(row.quantity);
    else money.otherPence += pence;
    result.set(row.driveId, money);
  }
  return result;
}

/** Coats organisers reported that staff confirmed, per drive. */
export async function confirmedReportedCoats(db: Db, driveIds: readonly string[]): Promise<Map<string, number>> {
  if (driveIds.length === 0) return new Map();
  const groups = await db.coatDriveReport.groupBy({
    by: ["driveId"],
    where: { driveId: { in: [...driveIds] }, status: CoatDriveReportStatus.CONFIRMED },
    _sum: { coats: true },
  });
  return new Map(groups.map((g) => [g.driveId, g._sum.coats ?? 0]));
}

/**
 * A drive's progress in coats, by computeProgress (the appeal's own rule): coats bought through
 * its page (coat gifts, and whole coat-price equivalents of other gifts) are "funded"; coats the
 * organiser reported and staff confirmed are "handed in".
 */
export function driveProgress(goalCoats: number, money: DriveMoney | undefined, reportedCoats: number | undefined, rule: CoatRule): Progress {
  const m = money ?? noMoney;
  return computeProgress({
    goalCoats,
    coatPricePence: rule.coatPricePence,
    countOtherGiftsAsCoats: rule.countOtherGiftsAsCoats,
    coatsReceivedInKind: reportedCoats ?? 0,
    coatsBought: m.coatsBought,
    otherPence: m.otherPence,
    totalPence: m.totalPence,
    donationCount: m.donationCount,
  });
}

/** The one price of a coat, from the active campaign (a drive never sets its own). */
export async function findCoatRule(db: Db): Promise<(CoatRule & { campaignId: string }) | null> {
  const campaign = await db.campaign.findFirst({ select: { id: true, coatPricePence: true, countOtherGiftsAsCoats: true }, orderBy: { createdAt: "desc" } });
  return campaign ? { campaignId: campaign.id, coatPricePence: campaign.coatPricePence, countOtherGiftsAsCoats: campaign.countOtherGiftsAsCoats } : null;
}

/** Progress of several drives at once. */
export async function progressOfDrives(
  db: Db,
  drives: readonly { id: string; goalCoats: number }[],
  counting: { livemode: boolean },
): Promise<Map<string, Progress>> {
  const ids = drives.map((d) => d.id);
  const [money, reported, rule] = await Promise.all([driveMoney(db, ids, counting), confirmedReportedCoats(db, ids), findCoatRule(db)]);
  const coatRule = rule ?? { coatPricePence: 0, countOtherGiftsAsCoats: false };
  return new Map(drives.map((d) => [d.id, driveProgress(d.goalCoats, money.get(d.id), reported.get(d.id), coatRule)]));
}

/** What a drive's page draws of it: the public page, and the organiser's private one (organiser.ts). */
export const driveFields = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  goalCoats: true,
  story: true,
  photoKey: true,
  photoAlt: true,
  endsOn: true,
  status: true,
} as const;

const publicFields = { ...driveFields, organiserName: true, approvedAt: true, createdAt: true } as const;

/** Every live drive with its progress: the public list and the appeal page's top ten. A drive past its end date is not live, closed by the sweep yet or not. */
export async function listLiveDrives(db: Db, counting: { livemode: boolean }, now: Date = new Date()) {
  const today = new Date(`${londonDay(now)}T00:00:00Z`);
  const drives = await db.coatDrive.findMany({
    where: { status: CoatDriveStatus.LIVE, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: publicFields,
    orderBy: [{ approvedAt: "desc" }, { id: "asc" }],
  });
  const progress = await progressOfDrives(db, drives, counting);
  return drives.map((d) => ({ ...d, organiserFirstName: firstName(d.organiserName), progress: progress.get(d.id)! })).map(({ organiserName: _n, ...d }) => d);
}

export type LiveDrive = Awaited<ReturnType<typeof listLiveDrives>>[number];

/** Live drives, for the sitemap: the address, and when the drive last changed (its words, photo or goal). */
export async function listSitemapDrives(db: Db, now: Date = new Date()) {
  const today = new Date(`${londonDay(now)}T00:00:00Z`);
  return db.coatDrive.findMany({
    where: { status: CoatDriveStatus.LIVE, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { slug: true, updatedAt: true, endsOn: true },
    orderBy: [{ approvedAt: "desc" }, { id: "asc" }],
  });
}

/**
 * A drive's public page: live or closed ones only (pending and paused drives are not public).
 * `ended`: closed, or past its end date (the sweep closes it a few minutes later).
 */
export async function findPublicDrive(db: Db, slug: string, counting: { livemode: boolean }, now: Date = new Date()) {
  const drive = await db.coatDrive.findFirst({
    where: { slug, status: { in: [CoatDriveStatus.LIVE, CoatDriveStatus.CLOSED] }, approvedAt: { not: null } },
    select: publicFields,
  });
  if (!drive) return null;
  const progress = (await progressOfDrives(db, [drive], counting)).get(drive.id)!;
  const { organiserName, ...rest } = drive;
  return {
    ...rest,
    ended: drive.status !== CoatDriveStatus.LIVE || isPastEndDate(drive.endsOn, now),
    organiserFirstName: firstName(organiserName),
    progress,
    supporters: await recentSupporters(db, drive.id, counting),
  };
}

export type PublicDrive = NonNullable<Awaited<ReturnType<typeof findPublicDrive>>>;

/** A person's first name, for public pages: the first word of what they gave. */
export const firstName = (name: string | null | undefined): string => name?.trim().split(/\s+/)[0] ?? "";

/**
 * The latest paid gifts through the drive, as the public may see them: a first name (from the
 * name the donor gave at checkout), or "Anonymous" when they asked to be or gave no name; the
 * amount only when the donor agreed to show it.
 */
export async function recentSupporters(db: Db, driveId: string, counting: { livemode: boolean }, take = 10) {
  const gifts = await db.donation.findMany({
    where: { driveId, status: DonationStatus.PAID, livemode: counting.livemode },
    select: { id: true, donorName: true, anonymous: true, amountPence: true, refundedPence: true, showAmountOnDrive: true, paidAt: true },
    orderBy: [{ paidAt: "desc" }, { id: "desc" }],
    take,
  });
  return gifts.map((g) => ({
    id: g.id,
    name: g.anonymous || !firstName(g.donorName) ? "Anonymous" : firstName(g.donorName),
    amountPence: g.showAmountOnDrive && !g.anonymous ? g.amountPence - g.refundedPence : null,
    paidAt: g.paidAt,
  }));
}

/** What the donate page shows of a drive a gift is made through: only a live one takes gifts. */
export async function findDriveForGift(db: Db, slug: string, now: Date = new Date()) {
  // Its end date is its last day (London): from the next day on it takes no gifts, whether or not
  // the sweep has closed it yet.
  const today = new Date(`${londonDay(now)}T00:00:00Z`);
  return db.coatDrive.findFirst({
    where: { slug, status: CoatDriveStatus.LIVE, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { id: true, slug: true, name: true },
  });
}
