import { computeProgress } from "@/lib/campaign/progress";
import type { Db } from "@/lib/db";
import { daysFrom, londonDay } from "@/lib/format/london-day";
import { DonationKind } from "@/lib/generated/prisma/enums";

/** One London day of the appeal. `money` only when asked for (admins). */
export type AppealDay = {
  day: string;
  coatsHandedIn: number;
  money?: {
    /** Live gifts paid that day, less what was refunded of them, in pence. */
    raisedPence: number;
    /** Coats the money bought by the end of that day, less those by the day before (see below). */
    coatsBought: number;
  };
};

export type AppealByDay = {
  days: AppealDay[];
  /** Coats handed in that the campaign counts but no dated delivery records (entered as a total). */
  undatedHandedIn: number;
};

type DayGroup = { day: string; kind: DonationKind; quantity: number; pence: bigint | number };

/**
 * Money raised and coats bought and handed in, by London day, from the campaign's first day (or
 * its first gift or delivery, if earlier) to today: every day, with zeros on quiet days.
 *
 * Coats bought with money are counted as the public total counts them: coats bought outright,
 * plus whole coat-price equivalents of other gifts when the campaign says so. A day's figure is
 * how far that running total moved that day, so the days add up to the total exactly.
 */
export async function appealByDay(db: Db, now: Date, options: { money: boolean }): Promise<AppealByDay | null> {
  const campaign = await db.campaign.findFirst({
    select: { id: true, createdAt: true, coatPricePence: true, coatsReceivedInKind: true, countOtherGiftsAsCoats: true },
    orderBy: { createdAt: "desc" },
  });
  if (!campaign) return null;
  const [deliveries, gifts] = await Promise.all([
    db.inKindDelivery.groupBy({ by: ["receivedOn"], where: { campaignId: campaign.id }, _sum: { coats: true } }),
    options.money
      ? // Paid live gifts by the London day they were paid on (paidAt is stored in UTC).
        db.$queryRaw<DayGroup[]>`
          SELECT to_char(("paidAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS day,
                 kind, SUM(quantity)::int AS quantity, SUM("amountPence" - "refundedPence") AS pence
          FROM "Donation"
          WHERE "campaignId" = ${campaign.id} AND status = 'PAID' AND livemode AND "paidAt" IS NOT NULL
          GROUP BY 1, 2`
      : Promise.resolve([] as DayGroup[]),
  ]);

  const handedIn = new Map<string, number>();
  for (const d of deliveries) handedIn.set(d.receivedOn.toISOString().slice(0, 10), d._sum.coats ?? 0);
  const paid = new Map<string, { coats: number; otherPence: number; pence: number }>();
  for (const g of gifts) {
    const day = paid.get(g.day) ?? { coats: 0, otherPence: 0, pence: 0 };
    const pence = Number(g.pence);
    day.pence += pence;
    if (g.kind === DonationKind.COAT) day.coats += g.quantity;
    else day.otherPence += pence;
    paid.set(g.day, day);
  }

  const active = [...handedIn.keys(), ...paid.keys()].sort();
  const today = londonDay(now);
  const first = [londonDay(campaign.createdAt), active[0] ?? today].sort()[0] ?? today;
  const last = [today, active.at(-1) ?? today].sort().at(-1) ?? today;

  let coats = 0;
  let otherPence = 0;
  let boughtSoFar = 0;
  const days = daysFrom(first, last).map((day): AppealDay => {
    const row: AppealDay = { day, coatsHandedIn: handedIn.get(day) ?? 0 };
    if (options.money) {
      const p = paid.get(day);
      coats += p?.coats ?? 0;
      otherPence += p?.otherPence ?? 0;
      // The public count's own rule, without the coats handed in.
      const bought = computeProgress({
        ...campaign,
        goalCoats: 0,
        coatsReceivedInKind: 0,
        coatsBought: coats,
        otherPence,
        totalPence: 0,
        donationCount: 0,
      }).coatsFunded;
      row.money = { raisedPence: p?.pence ?? 0, coatsBought: bought - boughtSoFar };
      boughtSoFar = bought;
    }
    return row;
  });
  const dated = [...handedIn.values()].reduce((a, b) => a + b, 0);
  return { days, undatedHandedIn: Math.max(0, campaign.coatsReceivedInKind - dated) };
}
