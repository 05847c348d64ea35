import type { Db } from "@/lib/db";
import { DeliveryStatus } from "@/lib/generated/prisma/enums";

export const NEWSLETTERS_PER_PAGE = 20;

type Counts = { sent: number; skipped: number; waiting: number };

async function deliveryCounts(db: Db, newsletterIds: string[]): Promise<Map<string, Counts>> {
  const rows = newsletterIds.length
    ? await db.newsletterDelivery.groupBy({ by: ["newsletterId", "status"], where: { newsletterId: { in: newsletterIds } }, _count: { _all: true } })
    : [];
  const counts = new Map<string, Counts>(newsletterIds.map((id) => [id, { sent: 0, skipped: 0, waiting: 0 }]));
  for (const row of rows) {
    const c = counts.get(row.newsletterId);
    if (!c) continue;
    if (row.status === DeliveryStatus.SENT) c.sent += row._count._all;
    else if (row.status === DeliveryStatus.SKIPPED) c.skipped += row._count._all;
    else c.waiting += row._count._all; // PENDING, or SENDING: handed over, not yet recorded
  }
  return counts;
}

/** The updates sent so far, newest first, each with how many copies have gone. */
export async function listNewsletters(db: Db, page: number) {
  const [total, rows] = await Promise.all([
    db.newsletter.count(),
    db.newsletter.findMany({
      select: { id: true, subject: true, status: true, recipients: true, createdAt: true, finishedAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NEWSLETTERS_PER_PAGE,
      take: NEWSLETTERS_PER_PAGE,
    }),
  ]);
  const counts = await deliveryCounts(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    totalPages: Math.max(1, Math.ceil(total / NEWSLETTERS_PER_PAGE)),
    rows: rows.map((r) => ({ ...r, ...(counts.get(r.id) ?? { sent: 0, skipped: 0, waiting: 0 }) })),
  };
}

/** One update and how far its send has got. `done` counts copies sent or skipped. */
export async function newsletterProgress(db: Db, id: string) {
  const newsletter = await db.newsletter.findUnique({
    where: { id },
    select: { id: true, subject: true, body: true, status: true, recipients: true, createdAt: true, finishedAt: true, createdById: true },
  });
  if (!newsletter) return null;
  const [counts, sender] = await Promise.all([
    deliveryCounts(db, [id]),
    newsletter.createdById ? db.user.findUnique({ where: { id: newsletter.createdById }, select: { email: true } }) : null,
  ]);
  const c = counts.get(id) ?? { sent: 0, skipped: 0, waiting: 0 };
  const done = c.sent + c.skipped;
  return {
    ...newsletter,
    ...c,
    done,
    percent: newsletter.recipients ? Math.floor((done / newsletter.recipients) * 100) : 100,
    sentBy: sender?.email ?? null,
  };
}
