import { staffOrRefusal } from "@/lib/auth/staff-route";
import { driveFilterSchema } from "@/lib/coat-drives/admin-drives";
import { exportDrivesCsv } from "@/lib/coat-drives/export-drives-csv";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";

/** The coat drives, filtered as on screen, with money and coats, as CSV. Admins only, checked here; audit-logged. */
export async function GET(request: Request) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const filter = driveFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(
    `coat-drives-${new Date().toISOString().slice(0, 10)}.csv`,
    await exportDrivesCsv(db, staff.id, filter, { livemode: siteTakesLivePayments() }),
  );
}
