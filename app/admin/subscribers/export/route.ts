import { staffOrRefusal } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { subscriberFilterSchema } from "@/lib/newsletter/admin-subscribers";
import { exportSubscribersCsv } from "@/lib/newsletter/export-subscribers-csv";

/** The subscriber list, filtered as on screen, with each one's consent, as CSV. Admins only, checked here; the export is audit-logged. */
export async function GET(request: Request) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const filter = subscriberFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(`subscribers-${new Date().toISOString().slice(0, 10)}.csv`, await exportSubscribersCsv(db, staff.id, filter));
}
