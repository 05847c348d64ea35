import type { Db } from "@/lib/db";
import { DonationPointStatus } from "@/lib/generated/prisma/enums";
import { alphabetically } from "./order-points";

/** What the public page shows of a drop-off point. */
export type PublicDonationPoint = {
  id: string;
  name: string;
  address: string;
  postcode: string;
  latitude: number | null;
  longitude: number | null;
  openingTimes: string;
  needs: string;
  status: "ACCEPTING" | "FULL";
};

/** Every point a visitor may see (accepting or full; never closed), by town. */
export async function listPublicDonationPoints(db: Db): Promise<PublicDonationPoint[]> {
  const rows = await db.donationPoint.findMany({
    where: { status: { in: [DonationPointStatus.ACCEPTING, DonationPointStatus.FULL] } },
    select: { id: true, name: true, address: true, postcode: true, latitude: true, longitude: true, openingTimes: true, needs: true, status: true },
  });
  return alphabetically(rows.map((r) => ({ ...r, status: r.status === DonationPointStatus.FULL ? "FULL" : "ACCEPTING" })));
}

export type AdminPointFilter = "open" | "closed" | "all";

/** The staff list: every point with its status, open ones first, each group by town. */
export async function listDonationPointsForAdmin(db: Db, filter: AdminPointFilter) {
  const rows = await db.donationPoint.findMany({
    where: filter === "open" ? { status: { not: DonationPointStatus.CLOSED } } : filter === "closed" ? { status: DonationPointStatus.CLOSED } : {},
    select: { id: true, name: true, address: true, postcode: true, latitude: true, status: true, updatedAt: true },
  });
  const open = alphabetically(rows.filter((r) => r.status !== DonationPointStatus.CLOSED));
  const closed = alphabetically(rows.filter((r) => r.status === DonationPointStatus.CLOSED));
  return [...open, ...closed].map(({ latitude, ...r }) => ({ ...r, located: latitude !== null }));
}

/** One point as the edit form needs it; null when there is no such point. */
export function findDonationPointForEdit(db: Db, id: string) {
  return db.donationPoint.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      name: true,
      address: true,
      postcode: true,
      latitude: true,
      openingTimes: true,
      needs: true,
      status: true,
      updatedAt: true,
    },
  });
}
