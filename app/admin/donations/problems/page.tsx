import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { PaymentProblemList } from "@/app/admin/donations/problems/payment-problem-list";
import { PROBLEMS_PAGE, problemForm } from "@/app/admin/donations/problems/problem-answers";
import { UnclaimedAnswer } from "@/app/admin/kept-answer-to";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { listProblems, RESOLVED_SHOWN } from "@/lib/donations/admin/payment-problems";
import { StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Payment problems" };
export const instant = false;

/** Stripe events that disagreed with their donation: never counted as paid until staff look. */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PaymentProblems({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see donations." />;
  }
  // A problem marked resolved without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [{ open, openTotal, resolved }, answer] = await Promise.all([
    listProblems(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: PROBLEMS_PAGE })),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p>
          <Link href="/admin/donations">← Donations</Link>
        </p>
        <h1 className="text-4xl font-semibold">Payment problems</h1>
        <p className="text-lg text-ink-soft">
          Stripe told us of a payment that did not match its donation: another amount, currency, test or live mode, or checkout session. None of these was
          counted as paid. Check the payment in Stripe (refund it, or ask the donor to give again), then mark the problem resolved.
        </p>
      </div>
      {/* A problem resolved leaves the list, its form with it: its answer is said here. */}
      <UnclaimedAnswer answer={answer} shown={open.map((p) => problemForm(p.id))} />
      <section aria-labelledby="open" className="space-y-3">
        <h2 id="open" className="text-2xl font-semibold">
          To look into ({openTotal})
        </h2>
        {open.length ? <PaymentProblemList problems={open} showDonation answer={answer} /> : <p className="text-ink-soft">Nothing to look into.</p>}
        {openTotal > open.length ? (
          <p className="text-ink-soft">
            Showing the oldest {open.length} of {openTotal}.
          </p>
        ) : null}
      </section>
      {resolved.length ? (
        <section aria-labelledby="resolved" className="space-y-3">
          <h2 id="resolved" className="text-2xl font-semibold">
            Recently resolved
          </h2>
          {resolved.length === RESOLVED_SHOWN ? (
            <p className="text-ink-soft">{`The latest ${RESOLVED_SHOWN}; older ones are kept, and each donation’s page lists its own.`}</p>
          ) : null}
          <PaymentProblemList problems={resolved} showDonation />
        </section>
      ) : null}
    </div>
  );
}
