import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/donation-points/status-badge";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { townOf } from "@/lib/donation-points/order-points";
import { listDonationPointsForAdmin, type AdminPointFilter } from "@/lib/donation-points/queries";
import { formatUkDate } from "@/lib/format/date";
import { StaffTable } from "@/components/admin/staff-table";
import { FilterSelect, ListFilters } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Drop-off points" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const filters: Record<AdminPointFilter, string> = { all: "All", open: "Open (accepting or full)", closed: "Closed" };

export default async function AdminDonationPoints({ searchParams }: Props) {
  await requireStaff();
  const params = await searchParams;
  const show = typeof params.show === "string" && params.show in filters ? (params.show as AdminPointFilter) : "all";
  const closedId = typeof params.closed === "string" ? params.closed.slice(0, 64) : null;
  const [points, closed] = await Promise.all([
    listDonationPointsForAdmin(db, show),
    closedId ? db.donationPoint.findUnique({ where: { id: closedId }, select: { id: true, name: true, status: true } }) : null,
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Drop-off points</h1>
        <Link href="/admin/donation-points/new" className="btn-primary">
          Add a drop-off point
        </Link>
      </div>
      <p className="max-w-prose text-ink-soft">
        Where supporters can hand in a coat. Accepting and full points appear on the <Link href="/donation-points">public drop-off page</Link>, nearest first
        for a postcode; closed ones are hidden until reopened.
      </p>
      {closed?.status === "CLOSED" ? (
        <p role="status" className="rounded-2xl bg-pine-light p-4 font-semibold text-pine">
          Closed {closed.name}. It no longer appears on the public page; you can <Link href={`/admin/donation-points/${closed.id}`}>reopen it</Link> at any
          time.
        </p>
      ) : null}
      <ListFilters label="Drop-off points">
        <FilterSelect name="show" label="Show" value={show} options={filters} />
      </ListFilters>
      {points.length ? (
        <StaffTable
          caption="Drop-off points: open ones first, then closed, each by town"
          className="min-w-[40rem]"
          columns={["Name", "Town", "Status", "Map position", "Last changed"]}
        >
          {points.map((p) => (
            <tr key={p.id} className="border-b border-ink/10">
              <td className="py-2 pr-4">
                <Link href={`/admin/donation-points/${p.id}`}>{p.name}</Link>
              </td>
              <td className="py-2 pr-4">
                {townOf(p.address)} {p.postcode}
              </td>
              <td className="py-2 pr-4">
                <StatusBadge status={p.status} />
              </td>
              <td className="py-2 pr-4">{p.located ? "Found" : <strong className="text-ember-dark">Missing: save it again</strong>}</td>
              <td className="py-2">{formatUkDate(p.updatedAt)}</td>
            </tr>
          ))}
        </StaffTable>
      ) : (
        <p className="text-ink-soft">
          No drop-off points to show. <Link href="/admin/donation-points/new">Add one</Link>.
        </p>
      )}
    </div>
  );
}
