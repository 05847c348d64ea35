import { staffOrRefusal } from "@/lib/auth/staff-route";
import { csvDownload } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { claimSchedule } from "@/lib/gift-aid/claim-schedule";
import { StaffRole } from "@/lib/generated/prisma/enums";

/** One claim batch in HMRC's Gift Aid schedule layout. Admins only, checked here. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const { id } = await params;
  const schedule = id.length <= 64 ? await claimSchedule(db, id) : null;
  if (!schedule) return new Response("No such claim.\n", { status: 404 });
  await db.auditLog.create({ data: { actorId: staff.id, action: "gift-aid.download", subject: id } });
  return csvDownload(`gift-aid-claim-${id}.csv`, schedule);
}
