import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import Link from "next/link";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { donationFilterSchema, failingGiftsWhere, listDonations } from "@/lib/donations/admin-donations";
import { describeGift } from "@/lib/donations/describe-gift";
import { countOpenProblems } from "@/lib/donations/payment-problems";
import { formatUkDate } from "@/lib/format/date";
import { formatPence } from "@/lib/format/money";
import { TestBadge } from "@/components/admin/test-badge";
import { StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Donations" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const select = "min-h-11 rounded-xl border-2 border-ink/25 bg-white px-3";

export default async function AdminDonations({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see donations." />;
  }
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const filter = donationFilterSchema.parse(raw);
  const [{ rows, total, totalPages }, openProblems, failingGifts] = await Promise.all([
    listDonations(db, filter),
    countOpenProblems(db),
    db.donation.count({ where: failingGiftsWhere }),
  ]);
  const query = (page: number) => `?${new URLSearchParams({ ...raw, page: String(page) })}`;
  const exportQuery = new URLSearchParams(Object.fromEntries(Object.entries(raw).filter(([k]) => k !== "page")));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Donations</h1>
        <div className="flex gap-3">
          <a href={`/admin/donations/export?${exportQuery}`} className="btn-secondary">Download CSV</a>
          <Link href="/admin/gift-aid" className="btn-secondary">Gift Aid claims</Link>
        </div>
      </div>
      {openProblems ? (
        <p role="status" className="rounded-2xl bg-ember-light p-4 text-ink">
          <strong>{openProblems === 1 ? "1 payment did not match its donation" : `${openProblems} payments did not match their donations`}</strong> and{" "}
          {openProblems === 1 ? "was" : "were"} not counted as paid. <Link href="/admin/donations/problems">Look into {openProblems === 1 ? "it" : "them"}</Link>.
        </p>
      ) : null}
      {failingGifts ? (
        <p role="status" className="rounded-2xl bg-ember-light p-4 text-ink">
          <strong>{failingGifts === 1 ? "1 monthly gift’s card payment is failing" : `${failingGifts} monthly gifts’ card payments are failing`}.</strong> Each donor has been
          emailed a link to update their card. <Link href="/admin/donations?payment=failing">See {failingGifts === 1 ? "it" : "them"}</Link>.
        </p>
      ) : null}
      <form className="flex flex-wrap items-end gap-3">
        {[
          ["status", "Status", ["PENDING", "PAID", "FAILED", "EXPIRED", "REFUNDED"]],
          ["kind", "Gift", ["COAT", "PACK", "CUSTOM"]],
          ["frequency", "How often", ["ONCE", "MONTHLY"]],
          ["giftAid", "Gift Aid", ["yes", "no"]],
          ["payment", "Card payments", ["failing"]],
        ].map(([name, label, options]) => (
          <div key={name as string}>
            <label htmlFor={`f-${name}`} className="block font-semibold">{label as string}</label>
            <select id={`f-${name}`} name={name as string} defaultValue={raw[name as string] ?? ""} className={select}>
              <option value="">Any</option>
              {(options as string[]).map((o) => <option key={o} value={o}>{o.charAt(0) + o.slice(1).toLowerCase()}</option>)}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor="f-from" className="block font-semibold">From</label>
          <input id="f-from" type="date" name="from" defaultValue={raw.from ?? ""} className={select} />
        </div>
        <div>
          <label htmlFor="f-to" className="block font-semibold">To</label>
          <input id="f-to" type="date" name="to" defaultValue={raw.to ?? ""} className={select} />
        </div>
        <button type="submit" className="btn-secondary">Filter</button>
      </form>
      {rows.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Donations, newest first</caption>
          <thead>
            <tr className="border-b border-ink/20">
              <th scope="col" className="py-2">Date</th>
              <th scope="col" className="py-2">Donor</th>
              <th scope="col" className="py-2">Gift</th>
              <th scope="col" className="py-2">Amount</th>
              <th scope="col" className="py-2">Status</th>
              <th scope="col" className="py-2">Gift Aid</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} className="border-b border-ink/10">
                <td className="py-2">{formatUkDate(d.createdAt)}</td>
                <td className="py-2">{d.donorName ?? d.donorEmail ?? "–"}{d.anonymous ? " (anonymous)" : ""}</td>
                <td className="py-2"><Link href={`/admin/donations/${d.id}`}>{describeGift(d)}{d.frequency === "MONTHLY" ? " a month" : ""}</Link></td>
                <td className="py-2">{formatPence(d.amountPence)}</td>
                <td className="py-2">
                  {d.status.charAt(0) + d.status.slice(1).toLowerCase()}
                  <TestBadge livemode={d.livemode} />
                  {d.disputeState ? <span className="ml-2 font-semibold text-ember-dark">{d.disputeState === "OPEN" ? "Disputed" : `Dispute ${d.disputeState.toLowerCase()}`}</span> : null}
                  {d.paymentFailing && !d.subscriptionEndedAt ? <span className="ml-2 font-semibold text-ember-dark">Card payment failing</span> : null}
                </td>
                <td className="py-2">{d.giftAidDeclarationId ? (d.giftAidClaimedAt ? "Claimed" : "Yes") : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-ink-soft">No donations match these filters.</p>
      )}
      <p className="text-ink-muted">
        {total} {total === 1 ? "donation" : "donations"} · page {Math.min(filter.page, totalPages)} of {totalPages}
        {filter.page > 1 ? <> · <Link href={query(filter.page - 1)}>Previous</Link></> : null}
        {filter.page < totalPages ? <> · <Link href={query(filter.page + 1)}>Next</Link></> : null}
      </p>
    </div>
  );
}
