import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { describeGift } from "@/lib/donations/describe-gift";
import { donationTimeline, findDonationDetail } from "@/lib/donations/admin/donation-detail";
import { giftAidScopeLabels } from "@/lib/donations/gift-aid-wording";
import { env } from "@/lib/env";
import { formatUkDate } from "@/lib/format/date";
import { formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { TestBadge } from "@/components/admin/test-badge";
import { PaymentProblemList } from "@/app/admin/donations/problems/payment-problem-list";
import { donationPage, problemForm } from "@/app/admin/donations/problems/problem-answers";
import { UnclaimedAnswer } from "@/app/admin/kept-answer-to";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";
import { stripeDashboardUrl, stripeKeyMode, type StripeObjectKind } from "@/lib/stripe/dashboard-url";
import { placeholderParams } from "@/lib/staff/placeholder-params";
import { LondonTime } from "@/components/admin/london-time";
import { StaffTable } from "@/components/admin/staff-table";

export const metadata: Metadata = { title: "Donation" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return placeholderParams();
}

const statusLabel = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

function When({ at }: { at: Date }) {
  return <LondonTime date={at} format="seconds" />;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:p-6">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Term and detail pairs; `null` details are left out. */
function Details({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      {rows.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words text-ink-soft">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One donation in full: for answering a donor, checking a refund, or tracing an event. */
export default async function DonationPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see donations." />;
  }
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // A payment problem marked resolved without script comes back here with its answer kept.
  const [d, answer] = await Promise.all([findDonationDetail(db, id), keptAnswerFor(db, query.answer, { staffId: staff.id, page: donationPage(id) })]);
  if (!d) notFound();

  // The donation's own mode decides where its ids live in the dashboard (/test or not), whatever
  // keys the site has now; no key (or the tests' fake) means no dashboard at all.
  const mode = stripeKeyMode(env.STRIPE_SECRET_KEY, env.STRIPE_API_BASE) && (d.livemode ? "live" : "test");
  const stripeId = (kind: StripeObjectKind | null, value: string | null) => {
    if (!value) return "–";
    const url = kind ? stripeDashboardUrl(mode, kind, value) : null;
    const code = <code className="text-sm">{value}</code>;
    return url ? (
      <a href={url} rel="noreferrer" target="_blank">
        {code}
        <span className="sr-only"> (Stripe dashboard, opens in a new tab)</span>
      </a>
    ) : (
      code
    );
  };
  const gift = `${describeGift(d)}${d.frequency === "MONTHLY" ? " a month" : ""}`;
  const declaration = d.giftAidDeclaration;
  // Public totals count the site's own payment mode only (lib/campaign/queries.ts).
  const counted = d.status === "PAID" && d.livemode === siteTakesLivePayments() ? d.amountPence - d.refundedPence : 0;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p>
          <Link href="/admin/donations">← Donations</Link>
        </p>
        <h1 className="text-4xl font-semibold">{gift}</h1>
        <p className="text-lg text-ink-soft">
          {statusLabel(d.status)} · {formatPence(d.amountPence)} · started {formatUkDate(d.createdAt)}
          <TestBadge livemode={d.livemode} />
        </p>
        {d.livemode ? null : (
          <p className="text-ink-soft">
            Made in test mode: no money moved. Test donations are never claimed for Gift Aid and count toward the appeal only on a site taking test payments.
          </p>
        )}
      </div>
      {d.disputeState ? (
        <p role="status" className="rounded-2xl bg-ember-light p-4 text-ink">
          {d.disputeState === "OPEN" ? (
            <>
              <strong>The donor’s bank is disputing this payment.</strong> Respond in Stripe. Until the dispute closes, this gift is left out of Gift Aid
              claims.
            </>
          ) : d.disputeState === "LOST" ? (
            <>
              <strong>The card dispute was lost:</strong> the money went back to the donor, and the gift counts as refunded.
            </>
          ) : (
            <>
              <strong>The card dispute was won:</strong> the gift stands.
            </>
          )}{" "}
          {stripeId(null, d.stripeDisputeId)}
        </p>
      ) : null}
      {d.adjustments.length ? (
        <Section id="adjustments" title="Gift Aid to repay">
          <ul className="space-y-1">
            {d.adjustments.map((a) => (
              <li key={a.id}>
                {formatUkDate(a.occurredAt)}: {a.reason === "dispute lost" ? "card dispute lost" : "refunded"} {formatPence(a.refundedPence)} after the Gift Aid
                claim, so {formatPence(a.giftAidPence)} of Gift Aid is owed back:{" "}
                {a.includedInClaimId ? "repaid in a later claim" : "to be repaid with the next claim"}.
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {d.problems.length ? (
        <Section id="problems" title="Payment problems">
          <p className="mb-3 text-ink-soft">Stripe told us of a payment for this donation that did not match it. It was not counted as paid.</p>
          <UnclaimedAnswer answer={answer} shown={d.problems.filter((p) => !p.resolvedAt).map((p) => problemForm(p.id))} />
          <PaymentProblemList problems={d.problems} showDonation={false} answer={answer} />
        </Section>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Section id="gift" title="Gift">
          <Details
            rows={[
              ["Gift", gift],
              ["How often", d.frequency === "MONTHLY" ? "Monthly" : "Once"],
              ["Gift amount", formatPence(d.amountPence)],
              ["Card fee covered by the donor", formatPence(d.feePence)],
              ["Charged", formatPence(d.amountPence + d.feePence)],
              ["Refunded", formatPence(d.refundedPence)],
              ["Counted toward the appeal", formatPence(counted)],
            ]}
          />
        </Section>
        <Section id="status" title={`Status: ${statusLabel(d.status)}`}>
          <ol className="space-y-2">
            {donationTimeline(d).map((m) => (
              <li key={m.label}>
                <span className="font-semibold">{m.label}</span>: <When at={m.at} />
              </li>
            ))}
          </ol>
        </Section>
        <Section id="donor" title="Donor">
          <Details
            rows={[
              ["Name", d.donorName ?? "Not given"],
              ["Email", d.donorEmail ? <a href={`mailto:${d.donorEmail}`}>{d.donorEmail}</a> : "Not given"],
              ["Anonymous", d.anonymous ? "Yes: never name them in public" : "No"],
              ["Email updates", d.emailConsent ? "Asked to hear about the appeal" : "Did not ask for updates"],
            ]}
          />
        </Section>
        <Section id="coat-drive" title="Coat drive">
          <Details
            rows={[
              [
                "Given through",
                (d.drive ?? d.parent?.drive) ? (
                  <Link href={`/admin/coat-drives/${(d.drive ?? d.parent?.drive)!.id}`}>{(d.drive ?? d.parent?.drive)!.name}</Link>
                ) : (
                  "No coat drive: given to the appeal directly"
                ),
              ],
              ...(d.drive
                ? [["Amount on the drive’s page", d.showAmountOnDrive && !d.anonymous ? "Shown, as the donor asked" : "Not shown"] as [string, string]]
                : []),
            ]}
          />
        </Section>
        <Section id="stripe" title="Stripe">
          <Details
            rows={[
              ["Checkout session", stripeId(null, d.stripeSessionId)],
              ["Payment", stripeId("payment", d.stripePaymentIntentId)],
              ["Subscription", stripeId("subscription", d.stripeSubscriptionId)],
              ["Invoice", stripeId("invoice", d.stripeInvoiceId)],
              ["Customer", stripeId("customer", d.stripeCustomerId)],
            ]}
          />
          {mode ? null : <p className="mt-3 text-sm text-ink-muted">No Stripe account is connected (test mode), so these ids exist only on this site.</p>}
        </Section>
        <Section id="gift-aid" title="Gift Aid">
          {declaration ? (
            <div className="space-y-4">
              <Details
                rows={[
                  ["Name", [declaration.title, declaration.firstName, declaration.lastName].filter(Boolean).join(" ")],
                  ["Home address", `${declaration.houseNameOrNumber} ${declaration.addressLine}`],
                  ["Postcode", declaration.postcode],
                  ["Covers", giftAidScopeLabels[declaration.scope]],
                  ["Wording", declaration.wordingVersion],
                  ["Declared", <When key="declared" at={declaration.declaredAt} />],
                  [
                    "Claim",
                    d.giftAidClaim ? (
                      <>
                        Claimed on {formatUkDate(d.giftAidClaim.createdAt)} in a batch of {d.giftAidClaim.donationCount} ·{" "}
                        <a href={`/admin/gift-aid/claims/${d.giftAidClaim.id}`}>Download its HMRC schedule (CSV)</a>
                      </>
                    ) : d.livemode ? (
                      "Not claimed yet"
                    ) : (
                      "Never: a test donation"
                    ),
                  ],
                ]}
              />
              <details>
                <summary className="cursor-pointer font-semibold">The words the donor agreed to</summary>
                <blockquote className="mt-2 whitespace-pre-line border-l-4 border-ember pl-4 text-ink-soft">{declaration.wording}</blockquote>
              </details>
            </div>
          ) : (
            <p className="text-ink-soft">No Gift Aid declaration with this gift.</p>
          )}
        </Section>
        {d.frequency === "MONTHLY" ? (
          <Section id="monthly" title="Monthly payments">
            {d.paymentFailing && !d.subscriptionEndedAt && d.paymentFailedAt ? (
              <p role="status" className="mb-3 rounded-2xl bg-ember-light p-3 text-ink">
                <strong>The card payment is failing</strong> (last failed <When at={d.paymentFailedAt} />
                ). The donor was emailed a link to update their card; Stripe retries the payment over the next days and then cancels the gift if it still fails.
              </p>
            ) : d.paymentFailedAt && d.paymentRecoveredAt ? (
              <p className="mb-3 text-ink-soft">
                A payment failed on <When at={d.paymentFailedAt} />; the gift was paid again since.
              </p>
            ) : null}
            {d.parent ? (
              <p>
                This is one month’s payment of a monthly gift started on{" "}
                <Link href={`/admin/donations/${d.parent.id}`}>{formatUkDate(d.parent.createdAt)}</Link>.
              </p>
            ) : d.renewals.length ? (
              <>
                <p>The first payment of this monthly gift; the months since:</p>
                <ol className="mt-2 space-y-1">
                  {d.renewals.map((r) => (
                    <li key={r.id}>
                      <Link href={`/admin/donations/${r.id}`}>{formatUkDate(r.paidAt ?? r.createdAt)}</Link>: {formatPence(r.amountPence)},{" "}
                      {statusLabel(r.status).toLowerCase()}
                    </li>
                  ))}
                </ol>
              </>
            ) : (
              <p className="text-ink-soft">The first payment of this monthly gift; no later months yet.</p>
            )}
          </Section>
        ) : null}
      </div>
      <Section id="events" title="Stripe events">
        {d.events.length ? (
          <StaffTable
            caption="Stripe events for this donation, oldest first"
            className="text-sm"
            columns={["Type", "Created by Stripe", "Applied here", "Event id"]}
          >
            {d.events.map((e) => (
              <tr key={e.id} className="border-b border-ink/10">
                <td className="py-2 pr-4 font-semibold">{e.type}</td>
                <td className="py-2 pr-4">
                  <When at={e.createdAt} />
                </td>
                <td className="py-2 pr-4">
                  <When at={e.appliedAt} />
                </td>
                <td className="py-2">{stripeId("event", e.id)}</td>
              </tr>
            ))}
          </StaffTable>
        ) : (
          <p className="text-ink-soft">No Stripe events have been applied to this donation yet.</p>
        )}
      </Section>
    </div>
  );
}
