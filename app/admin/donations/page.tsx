import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import Link from "next/link";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { DONATIONS_PER_PAGE, listDonations } from "@/lib/donations/admin/admin-donations";
import { ALL_STATUSES, donationQueryOf, donationWhere, failingGiftsWhere, parseDonationFilter } from "@/lib/donations/admin/donation-filter";
import { describeGift } from "@/lib/donations/describe-gift";
import { countOpenProblems } from "@/lib/donations/admin/payment-problems";
import { formatUkDate } from "@/lib/format/date";
import { formatCount, formatPence } from "@/lib/format/money";
import { TestBadge } from "@/components/admin/test-badge";
import { DonationStatus, StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Donations" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const select = "min-h-11 rounded-xl border-2 border-ink/25 bg-white px-3";
const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();
const statusOptions: [string, string][] = [
  [ALL_STATUSES, "Any, with unfinished checkouts"],
  ...["PAID", "FAILED", "EXPIRED", "REFUNDED"].map((s): [string, string] => [s, label(s)]),
  ["PENDING", "Pending (unfinished checkouts)"],
];
const choices: [string, string, [string, string][]][] = [
  ["kind", "Gift", ["COAT", "PACK", "CUSTOM"].map((o) => [o, label(o)])],
  ["frequency", "How often", ["ONCE", "MONTHLY"].map((o) => [o, label(o)])],
  [
    "giftAid",
    "Gift Aid",
    [
      ["yes", "Yes"],
      ["no", "No"],
    ],
  ],
  [
    "mode",
    "Payments",
    [
      ["live", "Live (real money)"],
      ["test", "Test (no money moved)"],
    ],
  ],
  ["payment", "Card payments", [["failing", "Failing"]]],
];

export default async function AdminDonations({ searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see donations." />;
  }
  const raw = donationQueryOf(await searchParams);
  const filter = parseDonationFilter(raw);
  const [{ rows, totals, totalPages }, openProblems, failingGifts, hiddenPending] = await Promise.all([
    listDonations(db, filter),
    countOpenProblems(db),
    db.donation.count({ where: failingGiftsWhere }),
    // Checkouts never finished (the donor left at Stripe's page) are hidden unless asked for.
    filter.status ? 0 : db.donation.count({ where: donationWhere({ ...filter, status: DonationStatus.PENDING }) }),
  ]);
  const filtered = Object.keys(raw).some((k) => k !== "page");
  const query = (page: number) => `?${new URLSearchParams({ ...raw, page: String(page) })}`;
  const exportQuery = new URLSearchParams(Object.fromEntries(Object.entries(raw).filter(([k]) => k !== "page")));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Donations</h1>
        <div className="flex gap-3">
          <a href={`/admin/donations/export?${exportQuery}`} className="btn-secondary">
            Download CSV
          </a>
          <Link href="/admin/gift-aid" className="btn-secondary">
            Gift Aid claims
          </Link>
        </div>
      </div>
      {openProblems ? (
        <p role="status" className="rounded-2xl bg-ember-light p-4 text-ink">
          <strong>{openProblems === 1 ? "1 payment did not match its donation" : `${openProblems} payments did not match their donations`}</strong> and{" "}
          {openProblems === 1 ? "was" : "were"} not counted as paid.{" "}
          <Link href="/admin/donations/problems">Look into {openProblems === 1 ? "it" : "them"}</Link>.
        </p>
      ) : null}
      {failingGifts ? (
        <p role="status" className="rounded-2xl bg-ember-light p-4 text-ink">
          <strong>{failingGifts === 1 ? "1 monthly gift’s card payment is failing" : `${failingGifts} monthly gifts’ card payments are failing`}.</strong> Each
          donor has been emailed a link to update their card. <Link href="/admin/donations?payment=failing">See {failingGifts === 1 ? "it" : "them"}</Link>.
        </p>
      ) : null}
      <form className="space-y-3" role="search" aria-label="Find donations">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1 basis-64">
            <label htmlFor="f-q" className="block font-semibold">
              Search
            </label>
            <p id="f-q-hint" className="text-sm text-ink-soft">
              Donor name or email, or a reference: the donation id or a Stripe id (cs_…, pi_…, in_…, sub_…, cus_…)
            </p>
            <input id="f-q" type="search" name="q" defaultValue={filter.q ?? ""} aria-describedby="f-q-hint" className={`${select} w-full`} />
          </div>
          <div>
            <label htmlFor="f-status" className="block font-semibold">
              Status
            </label>
            <select id="f-status" name="status" defaultValue={filter.status ?? ""} className={select}>
              <option value="">Any, without unfinished checkouts</option>
              {statusOptions.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          {choices.map(([name, text, options]) => (
            <div key={name}>
              <label htmlFor={`f-${name}`} className="block font-semibold">
                {text}
              </label>
              <select id={`f-${name}`} name={name} defaultValue={raw[name] ?? ""} className={select}>
                <option value="">Any</option>
                {options.map(([value, optionText]) => (
                  <option key={value} value={value}>
                    {optionText}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div>
            <label htmlFor="f-from" className="block font-semibold">
              Made from <span className="font-normal text-ink-soft">(London date)</span>
            </label>
            <input id="f-from" type="date" name="from" defaultValue={filter.from ?? ""} className={select} />
          </div>
          <div>
            <label htmlFor="f-to" className="block font-semibold">
              to <span className="font-normal text-ink-soft">(included)</span>
            </label>
            <input id="f-to" type="date" name="to" defaultValue={filter.to ?? ""} className={select} />
          </div>
          <button type="submit" className="btn-secondary">
            Filter
          </button>
          {filtered ? (
            <Link href="/admin/donations" className="self-center">
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>
      <p className="rounded-2xl bg-white p-4 ring-1 ring-ink/10">
        <strong>
          {formatCount(totals.count)} {totals.count === 1 ? "donation" : "donations"}
        </strong>
        {filtered ? " match" : ""}: {formatPence(totals.amountPence)} in all, of which {formatPence(totals.paidPence)} paid (less refunds).
        {hiddenPending ? (
          <>
            {" "}
            {formatCount(hiddenPending)} unfinished {hiddenPending === 1 ? "checkout is" : "checkouts are"} hidden.{" "}
            <Link href={`?${new URLSearchParams({ ...raw, status: ALL_STATUSES, page: "1" })}`}>Show {hiddenPending === 1 ? "it" : "them"} too</Link>
          </>
        ) : null}
      </p>
      {rows.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Donations, newest first</caption>
          <thead>
            <tr className="border-b border-ink/20">
              <th scope="col" className="py-2">
                Date
              </th>
              <th scope="col" className="py-2">
                Donor
              </th>
              <th scope="col" className="py-2">
                Gift
              </th>
              <th scope="col" className="py-2">
                Amount
              </th>
              <th scope="col" className="py-2">
                Status
              </th>
              <th scope="col" className="py-2">
                Gift Aid
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} className="border-b border-ink/10">
                <td className="py-2">{formatUkDate(d.createdAt)}</td>
                <td className="py-2">
                  {d.donorName ?? d.donorEmail ?? "–"}
                  {d.anonymous ? " (anonymous)" : ""}
                </td>
                <td className="py-2">
                  <Link href={`/admin/donations/${d.id}`}>
                    {describeGift(d)}
                    {d.frequency === "MONTHLY" ? " a month" : ""}
                  </Link>
                </td>
                <td className="py-2">{formatPence(d.amountPence)}</td>
                <td className="py-2">
                  {d.status === DonationStatus.PENDING ? "Pending (unfinished checkout)" : label(d.status)}
                  <TestBadge livemode={d.livemode} />
                  {d.disputeState ? (
                    <span className="ml-2 font-semibold text-ember-dark">
                      {d.disputeState === "OPEN" ? "Disputed" : `Dispute ${d.disputeState.toLowerCase()}`}
                    </span>
                  ) : null}
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
        Page {Math.min(filter.page, totalPages)} of {totalPages}, {DONATIONS_PER_PAGE} to a page
        {filter.page > 1 ? (
          <>
            {" "}
            · <Link href={query(filter.page - 1)}>Previous</Link>
          </>
        ) : null}
        {filter.page < totalPages ? (
          <>
            {" "}
            · <Link href={query(filter.page + 1)}>Next</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
