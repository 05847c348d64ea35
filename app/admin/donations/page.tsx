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
import { StaffTable } from "@/components/admin/staff-table";
import { FilterDate, FilterSearch, FilterSelect, ListFilters } from "@/components/admin/list-filters";
import { DonationStatus, StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Donations" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();
const statusOptions: Record<string, string> = {
  [ALL_STATUSES]: "Any, with unfinished checkouts",
  ...Object.fromEntries(["PAID", "FAILED", "EXPIRED", "REFUNDED"].map((s) => [s, label(s)])),
  PENDING: "Pending (unfinished checkouts)",
};
const choices: { name: string; label: string; options: Record<string, string> }[] = [
  { name: "kind", label: "Gift", options: { COAT: "Coat", PACK: "Pack", CUSTOM: "Custom" } },
  { name: "frequency", label: "How often", options: { ONCE: "Once", MONTHLY: "Monthly" } },
  { name: "giftAid", label: "Gift Aid", options: { yes: "Yes", no: "No" } },
  { name: "mode", label: "Payments", options: { live: "Live (real money)", test: "Test (no money moved)" } },
  { name: "payment", label: "Card payments", options: { failing: "Failing" } },
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
      <ListFilters label="Find donations" clearHref={filtered ? "/admin/donations" : undefined}>
        <FilterSearch
          name="q"
          label="Search"
          value={filter.q}
          hint="Donor name or email, or a reference: the donation id or a Stripe id (cs_…, pi_…, in_…, sub_…, cus_…)"
          wide
        />
        <FilterSelect name="status" label="Status" value={filter.status} options={statusOptions} any="Any, without unfinished checkouts" />
        {choices.map((choice) => (
          <FilterSelect key={choice.name} {...choice} value={raw[choice.name]} any="Any" />
        ))}
        <FilterDate
          name="from"
          label={
            <>
              Made from <span className="font-normal text-ink-soft">(London date)</span>
            </>
          }
          value={filter.from}
        />
        <FilterDate
          name="to"
          label={
            <>
              to <span className="font-normal text-ink-soft">(included)</span>
            </>
          }
          value={filter.to}
        />
      </ListFilters>
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
        <StaffTable caption="Donations, newest first" className="text-sm" columns={["Date", "Donor", "Gift", "Amount", "Status", "Gift Aid"]}>
          {rows.map((d) => (
            <tr key={d.id} className="border-b border-ink/10">
              <td className="py-2 pr-4">{formatUkDate(d.createdAt)}</td>
              <td className="py-2 pr-4">
                {d.donorName ?? d.donorEmail ?? "–"}
                {d.anonymous ? " (anonymous)" : ""}
              </td>
              <td className="py-2 pr-4">
                <Link href={`/admin/donations/${d.id}`}>
                  {describeGift(d)}
                  {d.frequency === "MONTHLY" ? " a month" : ""}
                </Link>
              </td>
              <td className="py-2 pr-4">{formatPence(d.amountPence)}</td>
              <td className="py-2 pr-4">
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
        </StaffTable>
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
