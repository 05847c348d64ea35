import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RemoveInKindForm } from "@/app/admin/appeal/in-kind/[id]/remove/remove-in-kind-form";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { findInKindDelivery } from "@/lib/campaign/list-in-kind-deliveries";
import { db } from "@/lib/db";
import { formatUkDate } from "@/lib/format/date";
import { formatCount } from "@/lib/format/money";
import { placeholderParams } from "@/lib/staff/placeholder-params";

export const metadata: Metadata = { title: "Remove a delivery" };
export const instant = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return placeholderParams();
}

/** The confirmation step before a delivery recorded by mistake is removed. */
export default async function RemoveInKindPage({ params }: Props) {
  await requireStaff();
  const { id } = await params;
  const delivery = await findInKindDelivery(db, id);
  if (!delivery) notFound();
  const coats = `${formatCount(delivery.coats)} ${delivery.coats === 1 ? "coat" : "coats"}`;
  return (
    <div className="max-w-2xl space-y-8">
      <SectionHeader title="Remove this delivery?" />
      <div className="space-y-2 rounded-3xl bg-white p-6 text-lg ring-1 ring-ink/10">
        <p>
          <strong>{coats}</strong> received on {formatUkDate(delivery.receivedOn)}
          {delivery.donationPoint ? <> at {delivery.donationPoint.name}</> : null}.
        </p>
        {delivery.note ? <p className="whitespace-pre-line text-ink-soft">{delivery.note}</p> : null}
      </div>
      <p className="text-lg">
        Only remove a delivery that was recorded by mistake. Its {coats} will be taken off the count toward the goal, on the home page too.
      </p>
      <RemoveInKindForm id={delivery.id} coats={coats} />
    </div>
  );
}
