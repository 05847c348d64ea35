import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/donation-points/status-badge";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { townOf } from "@/lib/donation-points/order-points";
import { listDonationPointsForAdmin, type AdminPointFilter } from "@/lib/donation-points/queries";
import { formatUkDate } from "@/lib/format/date";

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
      <form className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="show" className="block font-semibold">
            Show
          </label>
          <select id="show" name="show" defaultValue={show} className="min-h-11 rounded-xl border-2 border-ink/25 bg-white px-4">
            {Object.entries(filters).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Filter
        </button>
      </form>
      {points.length ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left">
            <caption className="sr-only">Drop-off points: open ones first, then closed, each by town</caption>
            <thead>
              <tr className="border-b border-ink/20">
                <th scope="col" className="py-2 pr-4">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4">
                  Town
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Map position
                </th>
                <th scope="col" className="py-2">
                  Last changed
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-ink-soft">
          No drop-off points to show. <Link href="/admin/donation-points/new">Add one</Link>.
        </p>
      )}
    </div>
  );
}
