import { staffOrRefusal } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { parseDonationFilter } from "@/lib/donations/donation-filter";
import { donationsExport } from "@/lib/donations/export-donations";
import { StaffRole } from "@/lib/generated/prisma/enums";

/** The donations table, filtered as on screen, as CSV. Admins only, checked here. */
export async function GET(request: Request) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  // The same reading of the query string as the page (lib/donations/donation-filter.ts).
  const filter = parseDonationFilter(new URL(request.url).searchParams);
  const data = await donationsExport(db, filter);
  await db.auditLog.create({ data: { actorId: staff.id, action: "donations.export", subject: `${data.count} donations`, details: filter } });
  return csvDownload(`donations-${new Date().toISOString().slice(0, 10)}.csv`, data);
}
