import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { Pagination } from "@/components/pagination";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { formatUkDate, isoDate } from "@/lib/format/date";
import { formatCount } from "@/lib/format/money";
import { StaffRole, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { listSubscribers, subscriberFilterSchema } from "@/lib/newsletter/admin-subscribers";
import { StaffTable } from "@/components/admin/staff-table";
import { FilterSearch, FilterSelect, ListFilters } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Subscribers" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const statusLabels: Record<SubscriberStatus, string> = { CONFIRMED: "Confirmed", PENDING: "Pending", UNSUBSCRIBED: "Unsubscribed" };

function Day({ date }: { date: Date | null }) {
  return date ? <time dateTime={isoDate(date)}>{formatUkDate(date)}</time> : "–";
}

export default async function AdminSubscribers({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see the mailing list: it holds people’s email addresses." />;
  }
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const filter = subscriberFilterSchema.parse(raw);
  const { rows, total, totalPages, counts, suppressed } = await listSubscribers(db, filter);
  const everyone = counts.CONFIRMED + counts.PENDING + counts.UNSUBSCRIBED;
  const kept = { ...(filter.q ? { q: filter.q } : {}), ...(filter.status ? { status: filter.status } : {}) };
  const pageHref = (page: number) => `/admin/subscribers?${new URLSearchParams({ ...kept, page: String(page) })}`;
  const statusHref = (status?: SubscriberStatus) =>
    `/admin/subscribers?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(status ? { status } : {}) })}`;
  const tabs = [
    { label: "Everyone", count: everyone, status: undefined },
    ...(["CONFIRMED", "PENDING", "UNSUBSCRIBED"] as const).map((s) => ({ label: statusLabels[s], count: counts[s], status: s })),
  ];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Subscribers</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/admin/newsletters" className="btn-primary">
            Newsletters
          </Link>
          <a href={`/admin/subscribers/export?${new URLSearchParams(kept)}`} className="btn-secondary">
            Download CSV
          </a>
        </div>
      </div>
      <p className="max-w-prose text-ink-soft">
        People join from the signup boxes on the site and confirm from the email we send them. Only confirmed subscribers get updates; the download includes the
        words each person agreed to.
      </p>

      <nav aria-label="Subscribers by status">
        <ul className="flex flex-wrap gap-3">
          {tabs.map((tab) => {
            const current = tab.status === filter.status;
            return (
              <li key={tab.label}>
                <Link
                  href={statusHref(tab.status)}
                  aria-current={current ? "page" : undefined}
                  className={`flex min-h-11 items-baseline gap-2 rounded-2xl px-4 py-2 no-underline ring-1 ${current ? "bg-ink text-paper ring-ink" : "bg-white text-ink ring-ink/15 hover:ring-ink/40"}`}
                >
                  <span className="font-semibold">{tab.label}</span>
                  <span>{formatCount(tab.count)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <ListFilters label="Subscribers">
        <FilterSearch name="q" label="Search by email" value={filter.q} />
        <FilterSelect name="status" label="Status" value={filter.status} options={statusLabels} any="Any" />
      </ListFilters>

      {suppressed ? (
        <p className="max-w-prose text-ink-soft">
          {suppressed === 1 ? "One address gets" : `${formatCount(suppressed)} addresses get`} no updates because an email to it bounced for good or was marked
          as spam.{" "}
          {filter.suppressed ? (
            <Link href="/admin/subscribers" className="underline underline-offset-2 hover:text-ember-dark">
              Show everyone
            </Link>
          ) : (
            <Link href="/admin/subscribers?suppressed=1" className="underline underline-offset-2 hover:text-ember-dark">
              Show only those
            </Link>
          )}
        </p>
      ) : null}
      {rows.length ? (
        <StaffTable caption="Subscribers, newest first" columns={["Email", "Status", "Signed up", "Confirmed", "Unsubscribed"]}>
          {rows.map((s) => (
            <tr key={s.id} className="border-b border-ink/10">
              <td className="py-2 pr-4 break-all">{s.email}</td>
              <td className="py-2 pr-4">
                {statusLabels[s.status]}
                {s.suppressedAt ? (
                  <span className="block text-sm text-ember-dark">
                    No updates since <Day date={s.suppressedAt} />:{" "}
                    {s.suppression === "COMPLAINED" ? "marked an update as spam" : `bounced (${s.suppressionReason ?? "no reason given"})`}
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">
                <Day date={s.createdAt} />
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">
                <Day date={s.confirmedAt} />
              </td>
              <td className="py-2 whitespace-nowrap">
                <Day date={s.unsubscribedAt} />
              </td>
            </tr>
          ))}
        </StaffTable>
      ) : everyone === 0 ? (
        <div className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
          <h2 className="text-2xl font-semibold">Nobody has joined yet</h2>
          <p className="mt-2 max-w-prose text-ink-soft">
            When someone signs up on the site they appear here straight away, as pending, and move to confirmed once they press the button in the email we send
            them.
          </p>
        </div>
      ) : (
        <p className="text-ink-soft">
          No subscribers match {filter.q ? <>“{filter.q}”</> : "this filter"}.{" "}
          <Link href="/admin/subscribers" className="underline underline-offset-2 hover:text-ember-dark">
            Show everyone
          </Link>
          .
        </p>
      )}

      <p className="text-ink-muted">
        {formatCount(total)} {total === 1 ? "subscriber" : "subscribers"}
        {totalPages > 1 ? ` · page ${Math.min(filter.page, totalPages)} of ${totalPages}` : ""}
      </p>
      <Pagination page={filter.page} totalPages={totalPages} href={pageHref} />
    </div>
  );
}
