import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClosePointForm } from "@/app/admin/donation-points/point-status-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { townOf } from "@/lib/donation-points/order-points";
import { pointEditorPath } from "@/lib/donation-points/point-form-schema";
import { findDonationPointForEdit } from "@/lib/donation-points/queries";
import { placeholderParams } from "@/lib/staff/placeholder-params";

export const metadata: Metadata = { title: "Close a drop-off point" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return placeholderParams();
}

/** Closing asks first: this page is the question, and its button the answer. */
export default async function CloseDonationPoint({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // A refusal posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [point, answer] = await Promise.all([
    findDonationPointForEdit(db, id),
    keptAnswerFor(db, query.answer, { staffId: staff.id, page: `${pointEditorPath(id)}/close` }),
  ]);
  if (!point) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href={`/admin/donation-points/${point.id}`}>Back to {point.name}</Link>
      </p>
      <h1 className="text-4xl font-semibold">Close {point.name}?</h1>
      {point.status === "CLOSED" ? (
        <p className="text-lg">
          This point is already closed. <Link href={`/admin/donation-points/${point.id}`}>Reopen it</Link> from its page.
        </p>
      ) : (
        <>
          <p className="text-lg text-ink-soft">
            It disappears from the public drop-off page at once, so nobody sets out for {townOf(point.address)} with a coat in vain. Its details are kept, and
            you can reopen it whenever you like.
          </p>
          <p className="text-ink-soft">
            If it’s only out of space for a while, <strong className="text-ink">marking it full</strong> keeps it on the page with a “Full for now” badge
            instead.
          </p>
          <ClosePointForm id={point.id} version={point.version} answer={answer} />
        </>
      )}
    </div>
  );
}
