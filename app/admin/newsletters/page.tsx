import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { Pagination } from "@/components/pagination";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { formatLondonDateTime, LONDON_TIME } from "@/lib/format/london-time";
import { formatCount } from "@/lib/format/money";
import { NewsletterStatus, StaffRole } from "@/lib/generated/prisma/enums";
import { listNewsletters } from "@/lib/newsletter/admin-newsletters";
import { listDrafts } from "@/lib/newsletter/drafts";
import { deliveryReport } from "@/lib/newsletter/email-events";
import { StaffTable } from "@/components/admin/staff-table";

export const metadata: Metadata = { title: "Newsletters" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminNewsletters({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can send updates to the mailing list." />;
  }
  const { page: rawPage } = await searchParams;
  const page = Math.min(100_000, Math.max(1, Math.trunc(Number(typeof rawPage === "string" ? rawPage : 1)) || 1));
  const [{ rows, total, totalPages }, drafts] = await Promise.all([listNewsletters(db, page), listDrafts(db)]);
  const latest = await db.newsletter.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, subject: true } });
  const report = latest ? await deliveryReport(db, latest.id) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Newsletters</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/admin/newsletters/new" className="btn-primary">
            Write an update
          </Link>
          <Link href="/admin/subscribers" className="btn-secondary">
            Subscribers
          </Link>
        </div>
      </div>
      <p className="max-w-prose text-ink-soft">
        Updates go to everyone who has confirmed their subscription, a hundred at a time. Anyone who unsubscribes before their copy goes out is skipped, and so
        is any address that bounced for good or marked an update as spam.
      </p>
      {latest && report ? (
        <section aria-labelledby="last-send" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="last-send" className="text-xl font-semibold">
            The last send:{" "}
            <Link href={`/admin/newsletters/${latest.id}`} className="underline underline-offset-2 hover:text-ember-dark">
              {latest.subject}
            </Link>
          </h2>
          <dl className="mt-3 grid grid-cols-3 gap-4 sm:max-w-lg">
            {(
              [
                ["Delivered", report.delivered],
                ["Bounced", report.bounced],
                ["Marked as spam", report.complained],
              ] as const
            ).map(([label, count]) => (
              <div key={label}>
                <dt className="text-sm text-ink-muted">{label}</dt>
                <dd className="font-serif text-2xl font-semibold tabular-nums">{formatCount(count)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm text-ink-soft">As Resend reports them, which can take a few minutes after a copy goes out.</p>
        </section>
      ) : null}
      {drafts.length ? (
        <section aria-labelledby="drafts" className="space-y-2">
          <h2 id="drafts" className="text-2xl font-semibold">
            Drafts
          </h2>
          <p className="text-ink-soft">Kept whenever someone sends themselves a test, until the update is sent.</p>
          <ul className="divide-y divide-ink/10">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <Link href={`/admin/newsletters/new?draft=${d.id}`} className="font-semibold underline underline-offset-2 hover:text-ember-dark">
                  {d.subject.trim() || "Untitled draft"}
                </Link>
                <span className="text-sm text-ink-muted">
                  Saved <time dateTime={d.updatedAt.toISOString()}>{formatLondonDateTime(d.updatedAt)}</time> ({LONDON_TIME})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rows.length ? (
        <StaffTable
          caption="Updates sent, newest first"
          columns={[
            "Subject",
            { key: "Started LONDONTIME", label: <>Started ({LONDON_TIME})</> },
            { key: "Recipients", label: "Recipients", figures: true },
            { key: "Sent", label: "Sent", figures: true },
            "Status",
          ]}
        >
          {rows.map((n) => (
            <tr key={n.id} className="border-b border-ink/10">
              <td className="py-2 pr-4">
                <Link href={`/admin/newsletters/${n.id}`} className="font-semibold underline underline-offset-2 hover:text-ember-dark">
                  {n.subject}
                </Link>
              </td>
              <td className="py-2 pr-4">
                <time dateTime={n.createdAt.toISOString()}>{formatLondonDateTime(n.createdAt)}</time>
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(n.recipients)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(n.sent)}</td>
              <td className="py-2">{n.status === NewsletterStatus.SENT ? "Sent" : "Sending"}</td>
            </tr>
          ))}
        </StaffTable>
      ) : total === 0 ? (
        <div className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
          <h2 className="text-2xl font-semibold">No updates sent yet</h2>
          <p className="mt-2 max-w-prose text-ink-soft">
            Tell supporters how the appeal is going: how many coats have reached people, what is needed next. You can send yourself a test before it goes to
            everyone.
          </p>
          <Link href="/admin/newsletters/new" className="btn-primary mt-4">
            Write the first update
          </Link>
        </div>
      ) : (
        <p className="text-ink-soft">
          There is no page {page}.{" "}
          <Link href="/admin/newsletters" className="underline underline-offset-2 hover:text-ember-dark">
            Back to the first page
          </Link>
          .
        </p>
      )}
      {total > 0 ? (
        <p className="text-ink-muted">
          {formatCount(total)} {total === 1 ? "update" : "updates"}
          {totalPages > 1 ? ` · page ${Math.min(page, totalPages)} of ${totalPages}` : ""}
        </p>
      ) : null}
      <Pagination page={page} totalPages={totalPages} href={(p) => `/admin/newsletters?page=${p}`} />
    </div>
  );
}
