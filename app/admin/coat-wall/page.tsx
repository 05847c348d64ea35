import type { Metadata } from "next";
import Link from "next/link";
import { approveForm, BULK_APPROVE_FORM, linkForm, takeDownForm } from "@/app/admin/coat-wall/form-names";
import { PhotoDecisionForms, BulkApproveForm, LinkDeliveryForm } from "@/app/admin/coat-wall/moderation-forms";
import { UnclaimedAnswer } from "@/app/admin/kept-answer-to";
import { WallPhotoImage } from "@/components/coat-wall/wall-photo-image";
import { requireStaff } from "@/lib/auth/current-staff";
import { photoAsShown } from "@/lib/coat-wall/photo-as-shown";
import { REPORTS_TO_HIDE } from "@/lib/coat-wall/photo-limits";
import { deliveriesAtPoints, moderationQueue, type WallPhotoRow } from "@/lib/coat-wall/queries";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { formatUkDate } from "@/lib/format/date";
import { formatCount } from "@/lib/format/money";

export const metadata: Metadata = { title: "Coat wall" };
export const instant = false;

function Words({ photo }: { photo: WallPhotoRow }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="font-semibold">Name</dt>
      <dd>{photo.firstName}</dd>
      <dt className="font-semibold">Town</dt>
      <dd>{photo.town || "—"}</dd>
      <dt className="font-semibold">Drop-off point</dt>
      <dd>{photo.donationPoint?.name ?? "—"}</dd>
      <dt className="font-semibold">Message</dt>
      <dd className="whitespace-pre-line break-words">{photo.message || "—"}</dd>
    </dl>
  );
}

/** The coat wall's moderation queue: every confirmed upload waits here until a member of staff decides. */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCoatWall({ searchParams }: Props) {
  const staff = await requireStaff();
  // A decision posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [queue, answer] = await Promise.all([
    moderationQueue(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: "/admin/coat-wall" })),
  ]);
  // The forms on the page now; an answer for one no longer here (a photo deleted) is said at the top.
  const shown = [
    ...(queue.waiting.length > 1 ? [BULK_APPROVE_FORM] : []),
    ...[...queue.waiting, ...queue.recent].flatMap((row) => [approveForm(row.id), takeDownForm(row.id), ...(row.donationPoint ? [linkForm(row.id)] : [])]),
  ];
  const pointIds = [...new Set(queue.recent.map((p) => p.donationPoint?.id).filter((id): id is string => Boolean(id)))];
  const deliveries = await deliveriesAtPoints(db, pointIds);
  return (
    <div className="space-y-8">
      <h1 className="text-4xl font-semibold">Coat wall</h1>
      <p className="max-w-prose text-ink-soft">
        Supporters’ photos with the coats they give. Nothing appears on <Link href="/coat-wall">the public wall</Link> until someone here approves it. Reject
        anything showing the people we support, children without a parent’s say-so, faces of people who may not have agreed, or anything unkind. Rejecting or
        removing deletes the photo at once; the reason stays in the audit log. A photo reported {REPORTS_TO_HIDE} times leaves the wall and comes back here.
      </p>
      <UnclaimedAnswer answer={answer} shown={shown} />
      <ul className="flex flex-wrap gap-3 text-sm">
        <li className="rounded-full bg-white px-4 py-2 ring-1 ring-ink/10">
          <strong>{formatCount(queue.waitingTotal)}</strong> waiting for a decision
        </li>
        <li className="rounded-full bg-white px-4 py-2 ring-1 ring-ink/10">
          <strong>{formatCount(queue.onTheWall)}</strong> on the wall
        </li>
        <li className="rounded-full bg-white px-4 py-2 ring-1 ring-ink/10">
          <strong>{formatCount(queue.unconfirmed)}</strong> waiting for the uploader to confirm their email
        </li>
      </ul>

      <section aria-labelledby="queue-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="queue-heading" className="text-2xl font-semibold">
            Waiting for a decision
          </h2>
          {queue.waiting.length > 1 ? <BulkApproveForm answer={answer} /> : null}
        </div>
        {queue.waiting.length === 0 ? <p>Nothing waiting. New photos appear here once their uploader confirms their email.</p> : null}
        <ul className="grid gap-5 lg:grid-cols-2">
          {queue.waiting.map((row) => {
            const photo = photoAsShown(row);
            const label = `the photo from ${row.firstName}`;
            return (
              <li key={row.id} className="grid gap-4 rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:grid-cols-[12rem_1fr]">
                {photo ? <WallPhotoImage photo={photo} use="wall" sizes="12rem" className="h-auto w-full rounded-2xl" /> : <p>No image.</p>}
                <div className="space-y-3">
                  {row.reportCount ? (
                    <p className="font-semibold text-ember-dark">
                      Reported {row.reportCount === 1 ? "once" : `${row.reportCount} times`}: back in the queue from the wall.
                    </p>
                  ) : null}
                  <Words photo={row} />
                  <p className="text-sm text-ink-soft">
                    Sent {formatUkDate(row.createdAt)}
                    {row.confirmedAt ? `, confirmed ${formatUkDate(row.confirmedAt)}` : ""}
                  </p>
                  {queue.waiting.length > 1 ? (
                    <label className="flex items-center gap-2 font-semibold">
                      <input type="checkbox" name="ids" value={row.id} form="bulk-approve" className="h-5 w-5 accent-ember" />
                      Tick to approve with others
                      <span className="sr-only"> ({label})</span>
                    </label>
                  ) : null}
                  <PhotoDecisionForms id={row.id} inQueue label={label} answer={answer} />
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="wall-heading" className="space-y-4">
        <h2 id="wall-heading" className="text-2xl font-semibold">
          Newest on the wall
        </h2>
        {queue.recent.length === 0 ? <p>No photos on the wall yet.</p> : null}
        <ul className="grid gap-5 lg:grid-cols-2">
          {queue.recent.map((row) => {
            const photo = photoAsShown(row);
            const label = `the photo from ${row.firstName}`;
            const here = deliveries
              .filter((d) => d.donationPointId === row.donationPoint?.id)
              .map((d) => ({ id: d.id, label: `${formatCount(d.coats)} coats, received ${formatUkDate(d.receivedOn)}` }));
            return (
              <li key={row.id} className="grid gap-4 rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:grid-cols-[12rem_1fr]">
                {photo ? <WallPhotoImage photo={photo} use="wall" sizes="12rem" className="h-auto w-full rounded-2xl" /> : <p>No image.</p>}
                <div className="space-y-3">
                  <Words photo={row} />
                  <p className="text-sm">
                    <Link href={`/coat-wall/${row.id}`}>Its page on the wall</Link>
                    {row.reportCount ? ` · reported ${row.reportCount === 1 ? "once" : `${row.reportCount} times`}` : ""}
                  </p>
                  {row.donationPoint ? <LinkDeliveryForm id={row.id} label={label} current={row.inKindDeliveryId} deliveries={here} answer={answer} /> : null}
                  <PhotoDecisionForms id={row.id} inQueue={false} label={label} answer={answer} />
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
