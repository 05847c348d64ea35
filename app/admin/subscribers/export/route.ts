import { recordAudit } from "@/lib/audit/record-audit";
import { staffOrRefusal } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { subscriberFilterSchema, subscribersExport } from "@/lib/newsletter/admin-subscribers";

/** The subscriber list, filtered as on screen, with each one's consent, as CSV. Admins only, checked here. */
export async function GET(request: Request) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const { q, status } = subscriberFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const filter = { ...(q ? { q } : {}), ...(status ? { status } : {}) };
  const data = await subscribersExport(db, filter);
  await recordAudit(db, { actorId: staff.id, action: "subscribers.export", subject: `${data.count} subscribers`, details: filter });
  return csvDownload(`subscribers-${new Date().toISOString().slice(0, 10)}.csv`, data);
}
