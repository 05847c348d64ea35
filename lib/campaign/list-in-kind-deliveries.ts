import type { Db } from "@/lib/db";

export const IN_KIND_PER_PAGE = 20;

const deliverySelect = {
  id: true,
  coats: true,
  receivedOn: true,
  note: true,
  createdAt: true,
  recordedById: true,
  donationPoint: { select: { name: true } },
} as const;

/** Recorded deliveries, the most recently received first, with who recorded each. */
export async function listInKindDeliveries(db: Db, page: number) {
  const [total, rows] = await Promise.all([
    db.inKindDelivery.count(),
    db.inKindDelivery.findMany({
      select: deliverySelect,
      orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * IN_KIND_PER_PAGE,
      take: IN_KIND_PER_PAGE,
    }),
  ]);
  const staffIds = [...new Set(rows.map((r) => r.recordedById).filter((v): v is string => !!v))];
  const staff = staffIds.length ? await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } }) : [];
  const emails = new Map(staff.map((s) => [s.id, s.email]));
  return {
    total,
    totalPages: Math.max(1, Math.ceil(total / IN_KIND_PER_PAGE)),
    rows: rows.map(({ recordedById, ...r }) => ({ ...r, recordedBy: recordedById ? (emails.get(recordedById) ?? null) : null })),
  };
}

export async function findInKindDelivery(db: Db, id: string) {
  return db.inKindDelivery.findUnique({ where: { id }, select: deliverySelect });
}
