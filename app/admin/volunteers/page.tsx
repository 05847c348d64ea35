import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { Pagination } from "@/components/pagination";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { formatUkDate } from "@/lib/format/date";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { listVolunteerApplications, volunteerFilterSchema } from "@/lib/volunteers/admin-volunteers";
import { placeLabel, statusLabel, volunteerPlaces, volunteerStatuses } from "@/lib/volunteers/options";
import { StaffTable } from "@/components/admin/staff-table";
import { FilterSelect, ListFilters } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Volunteers" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const statusBadge = {
  NEW: "bg-ember-light text-ember-dark",
  CONTACTED: "bg-paper-deep text-ink",
  PLACED: "bg-pine-light text-pine",
  DECLINED: "bg-ink/10 text-ink-soft",
} as const;

export default async function AdminVolunteers({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see volunteers’ applications: they hold people’s contact details." />;
  }
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const filter = volunteerFilterSchema.parse(raw);
  const { rows, total, totalPages } = await listVolunteerApplications(db, filter);
  const filters = { ...(filter.status ? { status: filter.status } : {}), ...(filter.place ? { place: filter.place } : {}) };
  const filtered = Object.keys(filters).length > 0;
  const pageHref = (page: number) => `/admin/volunteers?${new URLSearchParams({ ...filters, ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Volunteers</h1>
        <a href={`/admin/volunteers/export?${new URLSearchParams(filters)}`} className="btn-secondary">
          Download CSV
        </a>
      </div>
      <ListFilters label="Volunteers" clearHref={filtered ? "/admin/volunteers" : undefined}>
        <FilterSelect name="status" label="Status" value={filter.status} options={volunteerStatuses} any="Any" />
        <FilterSelect name="place" label="Where" value={filter.place} options={volunteerPlaces} any="Anywhere" />
      </ListFilters>
      {rows.length ? (
        <StaffTable caption="Applications to volunteer, newest first" columns={["Applied", "Name", "Where", "Dates", "Status"]}>
          {rows.map((a) => (
            <tr key={a.id} className="border-b border-ink/10">
              <td className="py-2 pr-4 whitespace-nowrap">{formatUkDate(a.createdAt)}</td>
              <td className="py-2 pr-4">
                <Link href={`/admin/volunteers/${a.id}`}>{a.name}</Link>
                <span className="block text-sm text-ink-soft">{a.email}</span>
              </td>
              <td className="py-2 pr-4">{placeLabel(a.place)}</td>
              <td className="py-2 pr-4">
                {formatUkDate(a.availableFrom)} to {formatUkDate(a.availableTo)}
              </td>
              <td className="py-2">
                <span className={`rounded-full px-3 py-1 text-sm font-semibold ${statusBadge[a.status]}`}>{statusLabel(a.status)}</span>
              </td>
            </tr>
          ))}
        </StaffTable>
      ) : (
        <div className="rounded-3xl bg-white p-8 ring-1 ring-ink/10">
          <h2 className="text-2xl font-semibold">{filtered ? "No applications match these filters" : "No applications yet"}</h2>
          <p className="mt-2 text-ink-soft">
            {filtered ? (
              <>
                Try another status or place, or <Link href="/admin/volunteers">see every application</Link>.
              </>
            ) : (
              <>
                Applications sent from the <Link href="/volunteer">volunteer page</Link> appear here, newest first.
              </>
            )}
          </p>
        </div>
      )}
      <p className="text-ink-muted">
        {total} {total === 1 ? "application" : "applications"}
        {totalPages > 1 ? ` · page ${Math.min(filter.page, totalPages)} of ${totalPages}` : ""}
      </p>
      <Pagination page={filter.page} totalPages={totalPages} href={pageHref} />
    </div>
  );
}
