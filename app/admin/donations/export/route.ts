import { csvResponse, staffOrRefusal } from "@/lib/auth/staff-route";
import { spreadsheetCsv } from "@/lib/csv/spreadsheet-csv";
import { db } from "@/lib/db";
import { donationFilterSchema, donationRowSelect, donationWhere } from "@/lib/donations/admin-donations";
import { describeGift } from "@/lib/donations/describe-gift";
import { StaffRole } from "@/lib/generated/prisma/enums";

/** The donations table, filtered as on screen, as CSV. Admins only, checked here. */
export async function GET(request: Request) {
  const { staff, refusal } = await staffOrRefusal(StaffRole.ADMIN);
  if (refusal) return refusal;
  const filter = donationFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await db.donation.findMany({ where: donationWhere(filter), select: donationRowSelect, orderBy: { createdAt: "asc" }, take: 100_000 });
  await db.auditLog.create({ data: { actorId: staff.id, action: "donations.export", subject: `${rows.length} donations`, details: filter } });
  const pounds = (p: number) => (p / 100).toFixed(2);
  const csv = spreadsheetCsv(
    rows.map((d) => ({
      id: d.id,
      created: d.createdAt.toISOString(),
      paid: d.paidAt?.toISOString() ?? "",
      gift: describeGift(d),
      amount: pounds(d.amountPence),
      fee: pounds(d.feePence),
      refunded: pounds(d.refundedPence),
      frequency: d.frequency,
      status: d.status,
      donor: d.donorName ?? "",
      email: d.donorEmail ?? "",
      anonymous: d.anonymous ? "yes" : "no",
      giftAid: d.giftAidDeclarationId ? "yes" : "no",
      giftAidClaimed: d.giftAidClaimedAt?.toISOString() ?? "",
    })),
  );
  return csvResponse(csv, `donations-${new Date().toISOString().slice(0, 10)}.csv`);
}
