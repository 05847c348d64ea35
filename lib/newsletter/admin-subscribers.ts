import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";

/** The staff list's filters, from its query string; anything odd is dropped. */
export const subscriberFilterSchema = z.object({
  q: z.string().trim().max(254).optional().catch(undefined),
  status: z.enum(SubscriberStatus).optional().catch(undefined),
  /** Only addresses that bounced for good or complained (lib/newsletter/email-events.ts). */
  suppressed: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type SubscriberFilter = z.infer<typeof subscriberFilterSchema>;
export const SUBSCRIBERS_PER_PAGE = 50;

export function subscriberWhere(f: Pick<SubscriberFilter, "q" | "status"> & { suppressed?: "1" }): Prisma.SubscriberWhereInput {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.suppressed ? { suppressedAt: { not: null } } : {}),
    // Addresses are stored lower-cased; the search matches any part of one.
    ...(f.q ? { email: { contains: f.q.toLowerCase() } } : {}),
  };
}

export const rowSelect = {
  id: true,
  email: true,
  status: true,
  createdAt: true,
  confirmedAt: true,
  unsubscribedAt: true,
  suppressedAt: true,
  suppression: true,
  suppressionReason: true,
} as const;

/** One page of the list, newest first, with the whole list's count for each status. */
export async function listSubscribers(db: Db, f: SubscriberFilter) {
  const where = subscriberWhere(f);
  const [total, rows, byStatus, suppressed] = await Promise.all([
    db.subscriber.count({ where }),
    db.subscriber.findMany({
      where,
      select: rowSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * SUBSCRIBERS_PER_PAGE,
      take: SUBSCRIBERS_PER_PAGE,
    }),
    db.subscriber.groupBy({ by: ["status"], _count: { _all: true } }),
    db.subscriber.count({ where: { suppressedAt: { not: null } } }),
  ]);
  const counts: Record<SubscriberStatus, number> = { PENDING: 0, CONFIRMED: 0, UNSUBSCRIBED: 0 };
  for (const row of byStatus) counts[row.status] = row._count._all;
  return { total, rows, counts, suppressed, totalPages: Math.max(1, Math.ceil(total / SUBSCRIBERS_PER_PAGE)) };
}

/** Who an update sent now would go to: confirmed, and neither bounced for good nor complained. */
export function countConfirmedSubscribers(db: Db): Promise<number> {
  return db.subscriber.count({ where: { status: SubscriberStatus.CONFIRMED, suppressedAt: null } });
}
