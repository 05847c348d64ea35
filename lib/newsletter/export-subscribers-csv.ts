import { recordAudit } from "@/lib/audit/record-audit";
import { pageAfter, rowsInPages } from "@/lib/csv/rows-in-pages";
import { csvColumns, type SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import type { Db } from "@/lib/db";
import { ConsentAction } from "@/lib/generated/prisma/enums";
import { rowSelect, subscriberWhere, type SubscriberFilter } from "./admin-subscribers";

const exportColumns = csvColumns(
  "email",
  "status",
  "signedUp",
  "confirmed",
  "unsubscribed",
  "consentGiven",
  "consentSource",
  "consentVersion",
  "consentWording",
  "noUpdatesSince",
  "noUpdatesBecause",
);

/**
 * The filtered list for the CSV, oldest first, each with the consent they last gave: the exact
 * words shown, their version and where on the site they signed up (the record a regulator asks
 * for). Confirming and unsubscribing have their own columns. Every matching subscriber (no cap),
 * read a page at a time as the file is written (lib/csv/rows-in-pages.ts). The export is
 * audit-logged, with its filter.
 */
export async function exportSubscribersCsv(
  db: Db,
  actorId: string,
  f: Pick<SubscriberFilter, "q" | "status">,
): Promise<SpreadsheetExport<(typeof exportColumns)[number]["key"]>> {
  const where = subscriberWhere(f);
  const count = await db.subscriber.count({ where });
  await recordAudit(db, {
    actorId,
    action: "subscribers.export",
    subject: `${count} subscribers`,
    details: { ...(f.q ? { q: f.q } : {}), ...(f.status ? { status: f.status } : {}) },
  });
  const subscribers = rowsInPages((after, take) =>
    db.subscriber.findMany({
      where,
      select: {
        ...rowSelect,
        consents: {
          where: { action: ConsentAction.GIVEN },
          select: { wording: true, version: true, source: true, createdAt: true },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
        },
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
        // Bounced for good or marked an update as spam (lib/newsletter/email-events.ts).
        noUpdatesSince: s.suppressedAt?.toISOString() ?? "",
        noUpdatesBecause:
          s.suppression === "COMPLAINED" ? "marked an update as spam" : s.suppression === "BOUNCED" ? `bounced: ${s.suppressionReason ?? ""}` : "",
      };
    }
  }
  return { columns: exportColumns, rows: rows(), count };
}
