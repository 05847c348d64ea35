import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClosePointForm } from "@/app/admin/donation-points/point-status-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { townOf } from "@/lib/donation-points/order-points";
import { findDonationPointForEdit } from "@/lib/donation-points/queries";
import { placeholderParams } from "@/lib/staff/placeholder-params";

export const metadata: Metadata = { title: "Close a drop-off point" };
export const instant = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return placeholderParams();
}

/** Closing asks first: this page is the question, and its button the answer. */
export default async function CloseDonationPoint({ params }: Props) {
  await requireStaff();
  const { id } = await params;
  const point = await findDonationPointForEdit(db, id);
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
          <ClosePointForm id={point.id} version={point.version} />
        </>
      )}
    </div>
  );
}
