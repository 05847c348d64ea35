import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MOVES_FORM, reportForm } from "@/app/admin/coat-drives/drive-form-names";
import { DriveEditor, DriveMoves, ReportDecision } from "@/app/admin/coat-drives/drive-forms";
import { UnclaimedAnswer } from "@/app/admin/kept-answer-to";
import { AdminsOnly } from "@/components/admin/admins-only";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { driveForStaff } from "@/lib/coat-drives/admin-drives";
import { driveFormValues } from "@/lib/coat-drives/drive-schema";
import { kindLabel, statusLabel } from "@/lib/coat-drives/options";
import { driveMoves, type DriveMove } from "@/lib/coat-drives/staff-changes";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { formatUkDate, formatUkDateTime } from "@/lib/format/date";
import { formatCount, formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";

export const metadata: Metadata = { title: "Coat drive" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCoatDrive({ params, searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN))
    return <AdminsOnly reason="Only admins can see coat drives: they hold organisers’ contact details and each drive’s money." />;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // A form posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [drive, answer] = await Promise.all([
    driveForStaff(db, id, { livemode: siteTakesLivePayments() }),
    keptAnswerFor(db, query.answer, { staffId: staff.id, page: `/admin/coat-drives/${encodeURIComponent(id)}` }),
  ]);
  if (!drive) notFound();
  const moves = (Object.keys(driveMoves) as DriveMove[]).filter(
    (m) => (driveMoves[m].from as readonly string[]).includes(drive.status) && !(m === "reopen" && !drive.approvedAt),
  );
  const p = drive.progress;
  const pending = drive.reports.filter((r) => r.status === "PENDING");
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/coat-drives">All coat drives</Link>
      </p>
      <div>
        <h1 className="text-4xl font-semibold">{drive.name}</h1>
        <p className="mt-2 text-ink-soft">
          {kindLabel(drive.kind)} · {statusLabel(drive.status)} · started {formatUkDate(drive.createdAt)}
          {drive.status === "LIVE" || drive.status === "CLOSED" ? (
            <>
              {" · "}
              <Link href={`/coat-drives/${drive.slug}`}>public page</Link>
            </>
          ) : null}
        </p>
      </div>
      {/* A decision on a report no longer waiting is said here: its buttons are gone. */}
      <UnclaimedAnswer answer={answer} shown={[...(moves.length ? [MOVES_FORM] : []), ...pending.map((r) => reportForm(r.id))]} />
      <dl className="grid gap-4 sm:grid-cols-4">
        {[
          ["Coats toward goal", `${formatCount(p.coatsTowardGoal)} of ${formatCount(drive.goalCoats)}`],
          ["Coats bought with gifts", formatCount(p.coatsFunded)],
          ["Coats reported and confirmed", formatCount(p.coatsHandedIn)],
          ["Raised through the drive", `${formatPence(p.raisedPence)} from ${formatCount(p.donationCount)} ${p.donationCount === 1 ? "gift" : "gifts"}`],
        ].map(([label, value]) => (
          <div key={label} className="rounded-2xl bg-white p-4 ring-1 ring-ink/10">
            <dt className="text-sm text-ink-soft">{label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className="text-2xl font-semibold">
          Status
        </h2>
        {drive.status === "PENDING_CONFIRMATION" ? <p className="text-ink-soft">The organiser hasn’t confirmed their email address yet.</p> : null}
        {moves.length ? <DriveMoves id={drive.id} moves={moves} answer={answer} /> : null}
      </section>
      <section aria-labelledby="organiser-heading">
        <h2 id="organiser-heading" className="text-2xl font-semibold">
          Organiser
        </h2>
        <p className="mt-2">
          {drive.organiserName}, <a href={`mailto:${drive.organiserEmail}`}>{drive.organiserEmail}</a>
          {drive.confirmedAt ? ` · confirmed ${formatUkDateTime(drive.confirmedAt)}` : " · not confirmed"}
          {drive.emailsStoppedAt ? " · asked for no more emails" : ""}
        </p>
      </section>
      <section aria-labelledby="reports-heading" className="space-y-3">
        <h2 id="reports-heading" className="text-2xl font-semibold">
          Coats reported
        </h2>
        {drive.reports.length === 0 ? <p className="text-ink-soft">The organiser hasn’t reported any coats collected.</p> : null}
        <ul className="space-y-3">
          {drive.reports.map((r) => (
            <li key={r.id} className="rounded-2xl bg-white p-4 ring-1 ring-ink/10">
              <p className="font-semibold">
                {formatCount(r.coats)} coats, reported {formatUkDateTime(r.createdAt)} ·{" "}
                {r.status === "PENDING" ? "waiting for you" : r.status === "CONFIRMED" ? "confirmed" : "rejected"}
              </p>
              {r.note ? <p className="mt-1 whitespace-pre-line text-ink-soft">{r.note}</p> : null}
              {r.status === "PENDING" ? <ReportDecision id={drive.id} reportId={r.id} answer={answer} /> : null}
            </li>
          ))}
        </ul>
        {pending.length ? <p className="text-sm text-ink-soft">Confirm coats once they reach a drop-off point or the warehouse.</p> : null}
      </section>
      <section aria-labelledby="gifts-heading" className="space-y-3">
        <h2 id="gifts-heading" className="text-2xl font-semibold">
          Latest gifts through the drive
        </h2>
        {drive.donations.length === 0 ? <p className="text-ink-soft">No gifts yet.</p> : null}
        <ul className="space-y-1">
          {drive.donations.map((d) => (
            <li key={d.id}>
              <Link href={`/admin/donations/${d.id}`}>
                {formatPence(d.amountPence)} · {d.status.toLowerCase()}
                {d.refundedPence ? ` (${formatPence(d.refundedPence)} refunded)` : ""} · {d.donorName ?? "no name"} ·{" "}
                {formatUkDateTime(d.paidAt ?? d.createdAt)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <DriveEditor id={drive.id} answer={answer} initial={driveFormValues(drive)} />
    </div>
  );
}
