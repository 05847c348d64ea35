import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { CsvNumber, csvColumns, type SpreadsheetExport } from "@/lib/csv/spreadsheet-csv";
import { pageAfter, rowsInPages } from "@/lib/csv/rows-in-pages";
import { donationRowSelect, donationWhere, type DonationFilter } from "./admin-donations";
import { describeGift } from "../describe-gift";

const columns = csvColumns(
  "id",
  "created",
  "paid",
  "gift",
  "amount",
  "fee",
  "refunded",
  "frequency",
  "status",
  "donor",
  "email",
  "anonymous",
  "giftAid",
  "giftAidClaimed",
);

/**
 * The donations table, filtered as on screen (`filter`, as the list reads it), oldest first, for a
 * spreadsheet: every matching donation (no cap), read a page at a time as the file is written
 * (lib/csv/rows-in-pages.ts). Amounts are numbers in pounds; the donor's name and email are text
 * as Stripe gave them, guarded by the CSV writer. The export is audit-logged, with its filter.
 */
export async function exportDonationsCsv(db: Db, actorId: string, filter: DonationFilter): Promise<SpreadsheetExport<(typeof columns)[number]["key"]>> {
  const where = donationWhere(filter);
  const count = await db.donation.count({ where });
  await recordAudit(db, { actorId, action: "donations.export", subject: `${count} donations`, details: filter });
  const donations = rowsInPages((after, take) =>
    db.donation.findMany({ where, select: donationRowSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...pageAfter(after, take) }),
  );
  async function* rows() {
    for await (const d of donations) {
      yield {
        id: d.id,
        created: d.createdAt.toISOString(),
        paid: d.paidAt?.toISOString() ?? "",
        gift: describeGift(d),
        amount: CsvNumber.pounds(d.amountPence),
        fee: CsvNumber.pounds(d.feePence),
        refunded: CsvNumber.pounds(d.refundedPence),
        frequency: d.frequency,
        status: d.status,
        donor: d.donorName ?? "",
        email: d.donorEmail ?? "",
        anonymous: d.anonymous ? "yes" : "no",
        giftAid: d.giftAidDeclarationId ? "yes" : "no",
        giftAidClaimed: d.giftAidClaimedAt?.toISOString() ?? "",
      };
    }
  }
  return { columns, rows: rows(), count };
}
