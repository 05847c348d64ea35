import { stringify } from "csv-stringify/sync";
import { csvResponse, staffOrRefusal } from "@/lib/auth/staff-route";
import { db } from "@/lib/db";
import { HMRC_COLUMNS, toHmrcRows } from "@/lib/gift-aid/hmrc-schedule";
import { StaffRole } from "@/lib/generated/prisma/enums";

/** One claim batch in HMRC's Gift Aid schedule layout. Admins only, checked here. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const { id } = await params;
  const donations = await db.donation.findMany({
    where: { giftAidClaimId: id.slice(0, 64) },
    select: { amountPence: true, paidAt: true, createdAt: true, giftAidDeclaration: { select: { title: true, firstName: true, lastName: true, houseNameOrNumber: true, postcode: true } } },
  });
  if (donations.length === 0) return new Response("No such claim.\n", { status: 404 });
  const rows = toHmrcRows(
    donations.flatMap((d) => (d.giftAidDeclaration ? [{ ...d.giftAidDeclaration, paidAt: d.paidAt ?? d.createdAt, amountPence: d.amountPence }] : [])),
  );
  await db.auditLog.create({ data: { actorId: staff.id, action: "gift-aid.download", subject: id } });
  const csv = stringify(rows, { header: true, columns: HMRC_COLUMNS.map((c) => ({ key: c.key, header: c.header })) });
  return csvResponse(csv, `gift-aid-claim-${id}.csv`);
}
