import { staffOrRefusal } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { volunteerFilterSchema } from "@/lib/volunteers/admin-volunteers";
import { exportVolunteersCsv } from "@/lib/volunteers/export-volunteers-csv";

/** The volunteers list, filtered as on screen, as CSV. Admins only, checked here; every export is audit-logged. */
export async function GET(request: Request) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const filter = volunteerFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(`volunteers-${new Date().toISOString().slice(0, 10)}.csv`, await exportVolunteersCsv(db, staff.id, filter));
}
