import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import { ClaimForm } from "@/components/admin/claim-form";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { claimableWhere } from "@/lib/donations/admin-donations";
import { formatUkDate } from "@/lib/format/date";
import { formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Gift Aid claims" };
export const instant = false;

export default async function GiftAidPage() {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can make Gift Aid claims." />;
  }
  const [claimable, claims] = await Promise.all([
    db.donation.aggregate({ where: claimableWhere, _count: { _all: true }, _sum: { amountPence: true } }),
    db.giftAidClaim.findMany({ orderBy: { createdAt: "desc" }, take: 50 }),
  ]);
  const count = claimable._count._all;
  return (
    <div className="space-y-8">
      <h1 className="text-4xl font-semibold">Gift Aid claims</h1>
      <p className="text-lg text-ink-soft">
        {count
          ? `${count} paid donations with a Gift Aid declaration, ${formatPence(claimable._sum.amountPence ?? 0)} in all, have not been claimed yet.`
          : "Every paid donation with a Gift Aid declaration has been claimed."}
      </p>
      <ClaimForm disabled={count === 0} />
      <section aria-labelledby="claims">
        <h2 id="claims" className="text-2xl font-semibold">Claims</h2>
        {claims.length ? (
          <ul className="mt-3 space-y-2">
            {claims.map((c) => (
              <li key={c.id}>
                {formatUkDate(c.createdAt)}: {c.donationCount} donations, {formatPence(c.totalPence)} ·{" "}
                <a href={`/admin/gift-aid/claims/${c.id}`}>Download the HMRC schedule (CSV)</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-ink-soft">No claims yet.</p>
        )}
      </section>
    </div>
  );
}
