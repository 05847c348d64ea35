import { staffOrRefusal } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { parseDonationFilter } from "@/lib/donations/admin/donation-filter";
import { exportDonationsCsv } from "@/lib/donations/admin/export-donations-csv";
import { StaffRole } from "@/lib/generated/prisma/enums";

/** The donations table, filtered as on screen, as CSV. Admins only, checked here; the export is audit-logged. */
export async function GET(request: Request) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  // The same reading of the query string as the page (lib/donations/admin/donation-filter.ts).
  const filter = parseDonationFilter(new URL(request.url).searchParams);
  return csvDownload(`donations-${new Date().toISOString().slice(0, 10)}.csv`, await exportDonationsCsv(db, staff.id, filter));
}
