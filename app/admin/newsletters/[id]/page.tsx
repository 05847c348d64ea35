import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { EmailPreviewFrame } from "@/components/admin/email-preview-frame";
import { RefreshWhileSending } from "@/components/admin/refresh-while-sending";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatCount } from "@/lib/format/money";
import { NewsletterStatus, StaffRole } from "@/lib/generated/prisma/enums";
import { newsletterProgress } from "@/lib/newsletter/admin-newsletters";
import { deliveryReport } from "@/lib/newsletter/email-events";
import { renderStaffCopy } from "@/lib/newsletter/staff-copy";
import { placeholderParams } from "@/lib/staff/placeholder-params";
import { LondonTime } from "@/components/admin/london-time";

export const metadata: Metadata = { title: "Update" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return placeholderParams();
}

function When({ date }: { date: Date | null }) {
  return date ? <LondonTime date={date} /> : "Not yet";
}

export default async function NewsletterProgressPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can send updates to the mailing list." />;
  }
  const [{ id }, { repeat }] = await Promise.all([params, searchParams]);
  const n = await newsletterProgress(db, id);
  if (!n) notFound();
  const report = await deliveryReport(db, n.id);
  const { html } = await renderStaffCopy(db, { siteUrl: env.SITE_URL, postalAddress: env.CHARITY_POSTAL_ADDRESS }, n);
  const sending = n.status === NewsletterStatus.SENDING;
  const figures = [
    ["Recipients", formatCount(n.recipients)],
    ["Sent", formatCount(n.sent)],
    ["Skipped (unsubscribed, bounced or marked as spam before their copy went)", formatCount(n.skipped)],
    ["Still to go", formatCount(n.waiting)],
    // As Resend reports them afterwards (app/api/resend/webhook).
    ["Delivered", formatCount(report.delivered)],
    ["Bounced", formatCount(report.bounced)],
    ["Marked as spam", formatCount(report.complained)],
  ] as const;

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/newsletters" className="underline underline-offset-2 hover:text-ember-dark">
          ← Newsletters
        </Link>
      </p>
      <div>
        <p className="eyebrow">Update</p>
        <h1 className="mt-1 text-4xl font-semibold">{n.subject}</h1>
      </div>
      {repeat ? (
        <p className="rounded-2xl bg-pine-light p-4 font-semibold text-pine ring-1 ring-pine/30">
          Send was pressed more than once. The update went out only once.
        </p>
      ) : null}

      <section aria-labelledby="progress-heading" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10 sm:p-8">
        <h2 id="progress-heading" className="sr-only">
          Progress
        </h2>
        <p role="status" className="font-serif text-3xl font-semibold">
          {sending ? "Sending…" : "Sent"}
        </p>
        <label htmlFor="send-progress" className="mt-4 block text-ink-soft">
          {formatCount(n.done)} of {formatCount(n.recipients)} copies dealt with ({n.percent}%)
        </label>
        <progress
          id="send-progress"
          max={Math.max(1, n.recipients)}
          value={n.recipients ? n.done : 1}
          className="mt-2 block h-4 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-pine [&::-webkit-progress-bar]:bg-paper-deep [&::-webkit-progress-value]:bg-pine"
        >
          {n.percent}%
        </progress>
        <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-ink-muted">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <dl className="mt-6 grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-ink-muted">Started</dt>
            <dd>
              <When date={n.createdAt} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">Finished</dt>
            <dd>
              <When date={n.finishedAt} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">Sent by</dt>
            <dd className="break-all">{n.sentBy ?? "Not recorded"}</dd>
          </div>
        </dl>
        {sending ? (
          <p className="mt-6 text-ink-soft">
            This page updates itself every two seconds while the update is going out.{" "}
            <a href={`/admin/newsletters/${n.id}`} className="underline underline-offset-2 hover:text-ember-dark">
              Refresh now
            </a>
          </p>
        ) : null}
        <RefreshWhileSending active={sending} />
      </section>

      <section aria-labelledby="email-heading" className="space-y-3">
        <h2 id="email-heading" className="text-2xl font-semibold">
          The update as it was sent
        </h2>
        <EmailPreviewFrame html={html} title={`The email “${n.subject}”`} />
      </section>
    </div>
  );
}
