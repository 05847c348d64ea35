import { z } from "zod";
import { pageAfter, rowsInPages } from "@/lib/csv/rows-in-pages";
import { csvColumns, type SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConsentAction, SubscriberStatus } from "@/lib/generated/prisma/enums";

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

const rowSelect = { id: true, email: true, status: true, createdAt: true, confirmedAt: true, unsubscribedAt: true, suppressedAt: true, suppression: true, suppressionReason: true } as const;

/** One page of the list, newest first, with the whole list's count for each status. */
export async function listSubscribers(db: Db, f: SubscriberFilter) {
  const where = subscriberWhere(f);
  const [total, rows, byStatus, suppressed] = await Promise.all([
    db.subscriber.count({ where }),
    db.subscriber.findMany({ where, select: rowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (f.page - 1) * SUBSCRIBERS_PER_PAGE, take: SUBSCRIBERS_PER_PAGE }),
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

/**
 * The filtered list for the CSV, oldest first, each with the consent they last gave: the exact
 * words shown, their version and where on the site they signed up (the record a regulator asks
 * for). Confirming and unsubscribing have their own columns. Every matching subscriber (no cap),
 * read a page at a time as the file is written.
 */
const exportColumns = csvColumns("email", "status", "signedUp", "confirmed", "unsubscribed", "consentGiven", "consentSource", "consentVersion", "consentWording");

export async function subscribersExport(db: Db, f: Pick<SubscriberFilter, "q" | "status">): Promise<SpreadsheetExport<(typeof exportColumns)[number]["key"]>> {
  const where = subscriberWhere(f);
  const count = await db.subscriber.count({ where });
  const subscribers = rowsInPages((after, take) =>
    db.subscriber.findMany({
      where,
      select: {
        ...rowSelect,
        consents: { where: { action: ConsentAction.GIVEN }, select: { wording: true, version: true, source: true, createdAt: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageAfter(after, take),
    }),
  );
  async function* rows() {
    for await (const { consents, ...s } of subscribers) {
      const consent = consents[0];
      yield {
        email: s.email,
        status: s.status,
        signedUp: s.createdAt.toISOString(),
        confirmed: s.confirmedAt?.toISOString() ?? "",
        unsubscribed: s.unsubscribedAt?.toISOString() ?? "",
        consentGiven: consent?.createdAt.toISOString() ?? "",
        consentSource: consent?.source ?? "",
        consentVersion: consent?.version ?? "",
        consentWording: consent?.wording ?? "",
      };
    }
  }
  return { columns: exportColumns, rows: rows(), count };
}
