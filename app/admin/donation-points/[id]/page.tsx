import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/donation-points/status-badge";
import { PointEditor } from "@/app/admin/donation-points/point-editor";
import { answerFor } from "@/app/admin/kept-answer-to";
import { PointStatusForm } from "@/app/admin/donation-points/point-status-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { pointEditorPath } from "@/lib/donation-points/point-form-schema";
import { findDonationPointForEdit } from "@/lib/donation-points/queries";
import { UNLOCATED_MESSAGE } from "@/lib/donation-points/save-point";
import { formatUkDate } from "@/lib/format/date";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { placeholderParams } from "@/lib/staff/placeholder-params";

export const metadata: Metadata = { title: "Edit drop-off point" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return placeholderParams();
}

const statusHelp = {
  ACCEPTING: "On the public page, accepting coats.",
  FULL: "On the public page with a “Full for now” badge, so people can plan ahead.",
  CLOSED: "Hidden from the public page.",
} as const;

export default async function EditDonationPoint({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const [{ id }, { saved, answer: answerId }] = await Promise.all([params, searchParams]);
  // A save posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [point, answer] = await Promise.all([findDonationPointForEdit(db, id), keptAnswerFor(db, answerId, { staffId: staff.id, page: pointEditorPath(id) })]);
  if (!point) notFound();
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/donation-points">All drop-off points</Link>
      </p>
      <h1 className="text-4xl font-semibold">{point.name}</h1>
      {saved === "added" ? (
        <p role="status" className="rounded-2xl bg-pine-light p-4 font-semibold text-pine">
          Added. It’s on the <Link href="/donation-points">public drop-off page</Link> now, accepting coats.
        </p>
      ) : null}
      <section aria-labelledby="status" className="max-w-3xl space-y-3 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
        <h2 id="status" className="text-2xl font-semibold">
          Status
        </h2>
        <p className="flex flex-wrap items-center gap-3">
          <StatusBadge status={point.status} />
          <span className="text-ink-soft">
            {statusHelp[point.status]} Last changed {formatUkDate(point.updatedAt)}.
          </span>
        </p>
        <PointStatusForm id={point.id} version={point.version} status={point.status} answer={answer} />
      </section>
      <section aria-labelledby="details" className="space-y-4">
        <h2 id="details" className="text-2xl font-semibold">
          Details
        </h2>
        <PointEditor
          answer={answerFor(answer)}
          located={point.latitude !== null}
          unlocatedMessage={UNLOCATED_MESSAGE}
          point={{
            id: point.id,
            version: point.version,
            name: point.name,
            address: point.address,
            postcode: point.postcode,
            openingTimes: point.openingTimes,
            needs: point.needs,
          }}
        />
      </section>
    </div>
  );
}
