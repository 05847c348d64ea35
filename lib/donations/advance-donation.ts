import { Prisma } from "@/lib/generated/prisma/client";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { PREPARED } from "@/lib/prepared-statements";

export type Tx = Prisma.TransactionClient;

// A donation only moves forward. Events applied in any order therefore end in the same state:
// a late "expired" cannot undo a payment, a late "completed" cannot undo a refund.
const rank: Record<DonationStatus, number> = {
  [DonationStatus.PENDING]: 0,
  [DonationStatus.EXPIRED]: 1,
  [DonationStatus.FAILED]: 1,
  [DonationStatus.PAID]: 2,
  [DonationStatus.REFUNDED]: 3,
};

const stamp: Partial<Record<DonationStatus, "paidAt" | "failedAt" | "expiredAt" | "refundedAt">> = {
  [DonationStatus.PAID]: "paidAt",
  [DonationStatus.FAILED]: "failedAt",
  [DonationStatus.EXPIRED]: "expiredAt",
  [DonationStatus.REFUNDED]: "refundedAt",
};

export type LockedDonation = {
  id: string;
  status: DonationStatus;
  amountPence: number;
  /** The card fee the donor chose to cover: charged on top of the gift. */
  feePence: number;
  refundedPence: number;
  stripeSessionId: string | null;
  stripeInvoiceId: string | null;
  frequency: string;
  livemode: boolean;
  /** The Gift Aid claim this gift went into, if any: a refund after it is owed back to HMRC. */
  giftAidClaimId: string | null;
};

/** Reads a donation and locks its row until the transaction ends: events for one donation queue up. */
export async function lockDonation(tx: Tx, id: string): Promise<LockedDonation | null> {
  const rows = await tx.$queryRaw<LockedDonation[]>`
    SELECT "id", "status", "amountPence", "feePence", "refundedPence", "stripeSessionId", "stripeInvoiceId", "frequency"::text AS "frequency", "livemode", "giftAidClaimId"
    FROM "Donation" WHERE "id" = ${id} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Records a Stripe event's id and locks the donation the event names, in one statement (one
 * round trip instead of two). The donation is locked first and the event row then points at it,
 * so two events for one donation queue up on the donation, as with lockDonation(). ON CONFLICT
 * DO NOTHING: a concurrent delivery of the same event waits for the first to commit (then finds
 * it recorded) or roll back (then records it itself). `recorded` is false for a duplicate;
 * `donation` is null when no donation was named or it is not one of ours.
 */
export async function recordEventLockingDonation(
  tx: Tx,
  event: { id: string; type: string; createdAt: Date },
  donationId: string | null,
): Promise<{ recorded: boolean; donation: LockedDonation | null }> {
  // Prepared (see lib/prepared-statements.ts): every paid checkout runs it.
  const rows = await tx.$queryRaw<({ recorded: boolean } & { [K in keyof LockedDonation]: LockedDonation[K] | null })[]>`${Prisma.raw(PREPARED)}
    WITH locked AS (
      SELECT "id", "status", "amountPence", "feePence", "refundedPence", "stripeSessionId", "stripeInvoiceId", "frequency"::text AS "frequency", "livemode", "giftAidClaimId"
      FROM "Donation" WHERE "id" = ${donationId} FOR UPDATE
    ), recorded AS (
      INSERT INTO "StripeEvent" ("id", "type", "donationId", "createdAt", "appliedAt")
      VALUES (${event.id}, ${event.type}, (SELECT "id" FROM locked), ${event.createdAt}, ${new Date()})
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM recorded) AS "recorded", locked.*
    FROM (VALUES (1)) AS one LEFT JOIN locked ON true`;
  const row = rows[0];
  if (!row) throw new Error("recording a Stripe event returned no row");
  const { recorded, ...donation } = row;
  return { recorded, donation: donation.id === null ? null : (donation as LockedDonation) };
}

/**
 * Moves a locked donation to `to` if that is forward (paid after pending, refunded after paid…),
 * stamping when it happened. Also writes `data` (ids learned from the event) either way.
 * Returns whether the status changed.
 */
export async function advanceDonation(
  tx: Tx,
  donation: LockedDonation,
  to: DonationStatus,
  at: Date,
  data: Prisma.DonationUpdateInput = {},
): Promise<boolean> {
  const forward = rank[to] > rank[donation.status];
  const field = stamp[to];
  await tx.donation.update({
    where: { id: donation.id },
    data: { ...data, ...(forward ? { status: to, ...(field ? { [field]: at } : {}) } : {}) },
  });
  if (forward) donation.status = to;
  return forward;
}
