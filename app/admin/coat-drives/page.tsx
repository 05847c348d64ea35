import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { FilterSelect, ListFilters } from "@/components/admin/list-filters";
import { StaffTable } from "@/components/admin/staff-table";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { driveFilterSchema, listDrivesForStaff } from "@/lib/coat-drives/admin-drives";
import { driveStatuses, kindLabel, statusLabel } from "@/lib/coat-drives/options";
import { db } from "@/lib/db";
import { formatUkDate } from "@/lib/format/date";
import { formatCount, formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";

export const metadata: Metadata = { title: "Coat drives" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCoatDrives({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN))
    return <AdminsOnly reason="Only admins can see coat drives: they hold organisers’ contact details and each drive’s money." />;
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const filter = driveFilterSchema.parse(raw);
  const drives = await listDrivesForStaff(db, filter, { livemode: siteTakesLivePayments() });
  const query = new URLSearchParams(filter.status ? { status: filter.status } : {});
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Coat drives</h1>
        <a href={`/admin/coat-drives/export?${query}`} className="btn-secondary">
          Download CSV
        </a>
      </div>
      <p className="max-w-prose text-ink-soft">
        Supporters’ own appeal pages. A drive is public only once you approve it. Its coats are those bought with gifts through its page plus the coats its
        organiser reported and you confirmed; its money also counts in the appeal’s total, once.
      </p>
      <ListFilters label="Coat drives" clearHref={filter.status ? "/admin/coat-drives" : undefined}>
        <FilterSelect name="status" label="Status" value={filter.status} options={driveStatuses} any="Any" />
      </ListFilters>
      {drives.length ? (
        <StaffTable
          caption="Coat drives, newest first"
          columns={[
            "Started",
            "Drive",
            "Status",
            { key: "coats", label: "Coats of goal", figures: true },
            { key: "raised", label: "Raised", figures: true },
            { key: "reports", label: "Reports waiting", figures: true },
          ]}
        >
          {drives.map((d) => (
            <tr key={d.id} className="border-b border-ink/10">
              <td className="py-2 pr-4 whitespace-nowrap">{formatUkDate(d.createdAt)}</td>
              <td className="py-2 pr-4">
                <Link href={`/admin/coat-drives/${d.id}`}>{d.name}</Link>
                <span className="block text-sm text-ink-soft">
                  {kindLabel(d.kind)} · {d.organiserName} ({d.organiserEmail})
                </span>
              </td>
              <td className="py-2 pr-4">{statusLabel(d.status)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">
                {formatCount(d.progress.coatsTowardGoal)} of {formatCount(d.goalCoats)}
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatPence(d.progress.raisedPence)}</td>
              <td className="py-2 text-right tabular-nums">{d.reportsWaiting}</td>
            </tr>
          ))}
        </StaffTable>
      ) : (
        <div className="rounded-3xl bg-white p-8 ring-1 ring-ink/10">
          <h2 className="text-2xl font-semibold">{filter.status ? "No coat drives with this status" : "No coat drives yet"}</h2>
          <p className="mt-2 text-ink-soft">
            Drives started from <Link href="/coat-drives/start">the start page</Link> appear here once their organiser confirms their address.
          </p>
        </div>
      )}
    </div>
  );
}
