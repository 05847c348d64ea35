import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import { ClaimForm } from "@/app/admin/gift-aid/claim-form";
import { Pagination } from "@/components/pagination";
// ── Stripe webhook money (issue #13): Gift Aid repaid for refunds after a claim ──
import { GiftAidAdjustments } from "@/components/admin/gift-aid-adjustments";
import { pendingAdjustmentsWhere } from "@/lib/donations/admin/admin-donations";
// ── end Stripe webhook money ──
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { claimableWhere } from "@/lib/donations/admin/admin-donations";
import { formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";
import { ClaimSchedules } from "./claim-schedules";

export const metadata: Metadata = { title: "Gift Aid claims" };
export const instant = false;

/** Claims listed to a page, newest first; the page says when there are more, and pages on. */
const CLAIMS_SHOWN = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GiftAidPage({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can make Gift Aid claims." />;
  }
  const live = siteTakesLivePayments();
  const query = await searchParams;
  const asked = Number(query.page);
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
  const [claimable, claims, claimCount, testGifts, answer] = await Promise.all([
    db.donation.aggregate({ where: claimableWhere, _count: { _all: true }, _sum: { amountPence: true } }),
    db.giftAidClaim.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * CLAIMS_SHOWN, take: CLAIMS_SHOWN }),
    db.giftAidClaim.count(),
    // Test gifts that would be claimable if they were real: only worth saying on a test-mode site.
    live ? 0 : db.donation.count({ where: { ...claimableWhere, livemode: false } }),
    // A claim posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
    keptAnswerFor(db, query.answer, { staffId: staff.id, page: "/admin/gift-aid" }),
  ]);
  const count = claimable._count._all;
  // ── Stripe webhook money (issue #13) ──
  const adjustments = await db.giftAidAdjustment.findMany({ where: pendingAdjustmentsWhere, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
  // ── end Stripe webhook money ──
  return (
    <div className="space-y-8">
      <h1 className="text-4xl font-semibold">Gift Aid claims</h1>
      {live ? null : (
        <p className="rounded-2xl bg-ember-light p-4 text-ink">
          <strong>This site takes test payments: no money moves, and test donations are never claimed from HMRC.</strong>{" "}
          {testGifts === 1 ? "1 paid test donation with a Gift Aid declaration is" : `${testGifts} paid test donations with a Gift Aid declaration are`} left
          out of every claim. Only donations made with live Stripe keys can be claimed.
        </p>
      )}
      <p className="text-lg text-ink-soft">
        {count
          ? `${count} paid donations with a Gift Aid declaration, ${formatPence(claimable._sum.amountPence ?? 0)} in all, have not been claimed yet.`
          : live
            ? "Every paid donation with a Gift Aid declaration has been claimed."
            : "There is no live donation to claim."}
      </p>
      <ClaimForm nothingToClaim={count === 0} answer={answer} />
      <GiftAidAdjustments adjustments={adjustments} />
      <ClaimSchedules
        claims={claims}
        total={claimCount}
        first={(page - 1) * CLAIMS_SHOWN + 1}
        pages={<Pagination page={page} totalPages={Math.max(1, Math.ceil(claimCount / CLAIMS_SHOWN))} href={(p) => `/admin/gift-aid?page=${p}`} />}
      />
    </div>
  );
}
