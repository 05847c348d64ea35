import type { Db } from "@/lib/db";
import { donationRowSelect } from "./admin-donations";
import { problemSelect } from "./payment-problems";

/** Everything known about one donation, for the staff detail page (admins only). */
export async function findDonationDetail(db: Db, id: string) {
  if (id.length > 64) return null;
  return db.donation.findUnique({
    where: { id },
    select: {
      // A row of the list (admin-donations.ts), and everything the list leaves out.
      ...donationRowSelect,
      emailConsent: true,
      // Coat drives (issue #18): the drive the gift was made through (a renewal's is its first gift's).
      drive: { select: { id: true, name: true } },
      showAmountOnDrive: true,
      stripeSessionId: true,
      stripePaymentIntentId: true,
      stripeSubscriptionId: true,
      stripeInvoiceId: true,
      stripeCustomerId: true,
      failedAt: true,
      expiredAt: true,
      refundedAt: true,
      paymentFailedAt: true,
      paymentRecoveredAt: true,
      stripeDisputeId: true,
      disputedAt: true,
      disputeClosedAt: true,
      adjustments: {
        select: { id: true, reason: true, refundedPence: true, giftAidPence: true, occurredAt: true, includedInClaimId: true },
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      },
      giftAidDeclaration: {
        select: {
          id: true,
          title: true,
          firstName: true,
          lastName: true,
          houseNameOrNumber: true,
          addressLine: true,
          postcode: true,
          scope: true,
          wordingVersion: true,
          wording: true,
          declaredAt: true,
        },
      },
      giftAidClaim: { select: { id: true, createdAt: true, donationCount: true } },
      parent: { select: { id: true, createdAt: true, amountPence: true, status: true, drive: { select: { id: true, name: true } } } },
      renewals: { select: { id: true, createdAt: true, paidAt: true, amountPence: true, status: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      problems: { select: problemSelect, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] },
      events: { select: { id: true, type: true, createdAt: true, appliedAt: true }, orderBy: [{ createdAt: "asc" }, { appliedAt: "asc" }] },
    },
  });
}

export type DonationDetail = NonNullable<Awaited<ReturnType<typeof findDonationDetail>>>;

/** The status timeline: each moment the donation reached, in the order it happened. */
export function donationTimeline(
  d: Pick<DonationDetail, "createdAt" | "paidAt" | "failedAt" | "expiredAt" | "refundedAt" | "subscriptionEndedAt" | "frequency"> &
    Partial<Pick<DonationDetail, "disputedAt" | "disputeClosedAt" | "disputeState">>,
) {
  const moments: { label: string; at: Date }[] = [{ label: "Created, donor sent to checkout", at: d.createdAt }];
  if (d.expiredAt) moments.push({ label: "Checkout expired unpaid", at: d.expiredAt });
  if (d.failedAt) moments.push({ label: "Payment failed", at: d.failedAt });
  if (d.paidAt) moments.push({ label: "Paid", at: d.paidAt });
  if (d.refundedAt) moments.push({ label: "Refunded", at: d.refundedAt });
  if (d.subscriptionEndedAt) moments.push({ label: "Monthly gift ended", at: d.subscriptionEndedAt });
  if (d.disputedAt) moments.push({ label: "Card payment disputed", at: d.disputedAt });
  if (d.disputeClosedAt && d.disputeState && d.disputeState !== "OPEN")
    moments.push({ label: d.disputeState === "WON" ? "Dispute won" : "Dispute lost", at: d.disputeClosedAt });
  return moments.sort((a, b) => a.at.getTime() - b.at.getTime());
}
