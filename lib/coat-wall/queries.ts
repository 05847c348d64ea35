import type { Db } from "@/lib/db";
import { CoatPhotoStatus } from "@/lib/generated/prisma/enums";

// Reads of the coat wall. Public reads see approved photos only, and never an email address.

export const WALL_PAGE_SIZE = 24;

const publicFields = {
  id: true,
  imageId: true,
  width: true,
  height: true,
  firstName: true,
  town: true,
  message: true,
  approvedAt: true,
  donationPoint: { select: { id: true, name: true } },
} as const;

export type WallPhotoRow = {
  id: string;
  imageId: string | null;
  width: number;
  height: number;
  firstName: string;
  town: string;
  message: string;
  approvedAt: Date | null;
  donationPoint: { id: string; name: string } | null;
};

/** A photo's id as Prisma's cuid() writes it: anything else (the "none" placeholder a build renders, junk in an address) is not looked up. */
const isPhotoId = (id: string) => /^c[a-z0-9]{24}$/.test(id);

const onWall = { status: CoatPhotoStatus.APPROVED, imageId: { not: null } } as const;
const newestFirst = [{ approvedAt: "desc" as const }, { id: "desc" as const }];

/** One page of the wall, newest first, optionally for one drop-off point; null past the last page. */
export async function listWallPhotos(db: Db, options: { pointId: string | null; page: number }) {
  const where = { ...onWall, ...(options.pointId ? { donationPointId: options.pointId } : {}) };
  const [total, photos] = await Promise.all([
    db.coatPhoto.count({ where }),
    db.coatPhoto.findMany({ where, select: publicFields, orderBy: newestFirst, skip: (options.page - 1) * WALL_PAGE_SIZE, take: WALL_PAGE_SIZE }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / WALL_PAGE_SIZE));
  if (options.page > totalPages) return null;
  return { photos: photos as WallPhotoRow[], total, page: options.page, totalPages };
}

export async function latestWallPhotos(db: Db, take: number): Promise<WallPhotoRow[]> {
  return (await db.coatPhoto.findMany({ where: onWall, select: publicFields, orderBy: newestFirst, take })) as WallPhotoRow[];
}

/** The drop-off points named by photos on the wall, for its filter, with how many each. */
export async function wallPoints(db: Db): Promise<{ id: string; name: string; count: number }[]> {
  const groups = await db.coatPhoto.groupBy({ by: ["donationPointId"], where: { ...onWall, donationPointId: { not: null } }, _count: { _all: true } });
  const ids = groups.map((g) => g.donationPointId).filter((id): id is string => id !== null);
  const points = await db.donationPoint.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const counts = new Map(groups.map((g) => [g.donationPointId, g._count._all]));
  return points.map((p) => ({ ...p, count: counts.get(p.id) ?? 0 }));
}

/** One approved photo for its page, with the delivery staff linked it to; null for anything else. */
export async function findWallPhoto(db: Db, id: string) {
  if (!isPhotoId(id)) return null;
  const photo = await db.coatPhoto.findFirst({
    where: { id, ...onWall },
    select: { ...publicFields, inKindDelivery: { select: { coats: true, receivedOn: true } } },
  });
  return photo as (WallPhotoRow & { inKindDelivery: { coats: number; receivedOn: Date } | null }) | null;
}

/** Whether a photo was on the wall and reports have taken it off until staff look again. */
export async function isPhotoUnderReview(db: Db, id: string): Promise<boolean> {
  if (!isPhotoId(id)) return false;
  return (await db.coatPhoto.count({ where: { id, status: CoatPhotoStatus.PENDING, approvedAt: { not: null } } })) > 0;
}

/** The ids of the photos on the wall, for prerendering their pages. */
export async function wallPhotoIds(db: Db, take: number): Promise<string[]> {
  return (await db.coatPhoto.findMany({ where: onWall, select: { id: true }, orderBy: newestFirst, take })).map((p) => p.id);
}

// ── Staff ──────────────────────────────────────────────────────────────────────────────────────

const staffFields = { ...publicFields, reportCount: true, createdAt: true, confirmedAt: true, inKindDeliveryId: true } as const;

/** The queue: confirmed photos waiting for a decision, reported ones first, then oldest first; and the counts around it. */
export async function moderationQueue(db: Db) {
  const [waiting, onTheWall, unconfirmed, recent] = await Promise.all([
    db.coatPhoto.findMany({
      where: { status: CoatPhotoStatus.PENDING, confirmedAt: { not: null } },
      select: staffFields,
      orderBy: [{ reportCount: "desc" }, { confirmedAt: "asc" }],
      take: 100,
    }),
    db.coatPhoto.count({ where: onWall }),
    db.coatPhoto.count({ where: { status: CoatPhotoStatus.PENDING, confirmedAt: null } }),
    db.coatPhoto.findMany({ where: onWall, select: staffFields, orderBy: newestFirst, take: 30 }),
  ]);
  const waitingTotal = await db.coatPhoto.count({ where: { status: CoatPhotoStatus.PENDING, confirmedAt: { not: null } } });
  return { waiting, waitingTotal, onTheWall, unconfirmed, recent };
}

/** Deliveries recorded at a drop-off point, for linking a photo that names it. */
export async function deliveriesAtPoints(db: Db, pointIds: string[]) {
  if (!pointIds.length) return [];
  return db.inKindDelivery.findMany({
    where: { donationPointId: { in: pointIds } },
    select: { id: true, donationPointId: true, coats: true, receivedOn: true },
    orderBy: { receivedOn: "desc" },
    take: 200,
  });
}
