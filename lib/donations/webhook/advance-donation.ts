import { Prisma } from "@/lib/generated/prisma/client";
import type { DonationStatus } from "@/lib/generated/prisma/enums";
import { PREPARED } from "@/lib/prepared-statements";
import type { RawSql } from "@/lib/queue/jobs";
import { moveStatus, type SessionStatus } from "./donation-status";

export type Tx = Prisma.TransactionClient;

// The SQL that reads, locks and moves a donation. Which moves are allowed, and what each event
// asks for, is the pure status machine in donation-status.ts.

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

/** Timestamps go to PostgreSQL as UTC text: `timestamp(3)` columns hold UTC (as Prisma writes them), whatever the server's zone. */
const utc = (at: Date | null | undefined) => (at ? at.toISOString() : null);

/** The statement behind recordEventLockingDonation(): fixed text, prepared once per connection. */
const RECORD_EVENT_LOCKING_DONATION = `${PREPARED}
    WITH locked AS (
      SELECT "id", "status", "amountPence", "feePence", "refundedPence", "stripeSessionId", "stripeInvoiceId", "frequency"::text AS "frequency", "livemode", "giftAidClaimId"
      FROM "Donation" WHERE "id" = $1 FOR UPDATE
    ), recorded AS (
      INSERT INTO "StripeEvent" ("id", "type", "donationId", "createdAt", "appliedAt")
      VALUES ($2, $3, (SELECT "id" FROM locked), $4::timestamp(3), $5::timestamp(3))
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM recorded) AS "recorded", locked.*
    FROM (VALUES (1)) AS one LEFT JOIN locked ON true`;

/**
 * Records a Stripe event's id and locks the donation the event names, in one statement (one
 * round trip instead of two). The donation is locked first and the event row then points at it,
 * so two events for one donation queue up on the donation, as with lockDonation(). ON CONFLICT
 * DO NOTHING: a concurrent delivery of the same event waits for the first to commit (then finds
 * it recorded) or roll back (then records it itself). `recorded` is false for a duplicate;
 * `donation` is null when no donation was named or it is not one of ours.
 *
 * Plain SQL (`sql`, the transaction's), prepared: every paid checkout runs it.
 */
export async function recordEventLockingDonation(
  sql: RawSql,
  event: { id: string; type: string; createdAt: Date },
  donationId: string | null,
): Promise<{ recorded: boolean; donation: LockedDonation | null }> {
  const rows = await sql.$queryRawUnsafe<({ recorded: boolean } & { [K in keyof LockedDonation]: LockedDonation[K] | null })[]>(
    RECORD_EVENT_LOCKING_DONATION,
    donationId,
    event.id,
    event.type,
    utc(event.createdAt),
    utc(new Date()),
  );
  const row = rows[0];
  if (!row) throw new Error("recording a Stripe event returned no row");
  const { recorded, ...donation } = row;
  return { recorded, donation: donation.id === null ? null : (donation as LockedDonation) };
}

/** What a Checkout Session tells us about its donation: a field left out is kept as it was. */
export type SessionLearned = {
  stripeSessionId: string;
  stripePaymentIntentId?: string | null;
  stripeCustomerId?: string | null;
  stripeSubscriptionId?: string | null;
  donorEmail?: string | null;
  donorName?: string | null;
};

/**
 * advanceDonation() for a Checkout Session's news, as one fixed, prepared statement (every paid
 * checkout runs it): the status and its time stamp when the move is forward, and the ids and
 * donor details the session carries; a value not given (null) keeps the column as it is.
 *
 * It fails unless it updated exactly the one donation: it is sent with COMMIT (`sql.atCommit`),
 * where no one reads its answer, and a failed statement stops the COMMIT. (The CASE's other
 * branch is a cast that cannot succeed; it names the row count, so PostgreSQL cannot evaluate it
 * before running the statement.)
 */
const ADVANCE_FROM_SESSION = `${PREPARED}
    WITH updated AS (
      UPDATE "Donation" SET
        "status" = COALESCE($2::"DonationStatus", "status"),
        "paidAt" = COALESCE($3::timestamp(3), "paidAt"),
        "failedAt" = COALESCE($4::timestamp(3), "failedAt"),
        "expiredAt" = COALESCE($5::timestamp(3), "expiredAt"),
        "stripeSessionId" = $6,
        "stripePaymentIntentId" = COALESCE($7, "stripePaymentIntentId"),
        "stripeCustomerId" = COALESCE($8, "stripeCustomerId"),
        "stripeSubscriptionId" = COALESCE($9, "stripeSubscriptionId"),
        "donorEmail" = COALESCE($10, "donorEmail"),
        "donorName" = COALESCE($11, "donorName"),
        "updatedAt" = $12::timestamp(3)
      WHERE "id" = $1
      RETURNING 1
    )
    SELECT CASE count(*) WHEN 1 THEN true ELSE ('the donation was not updated: ' || count(*) || ' rows')::boolean END AS "updated"
    FROM updated`;

/**
 * Moves a locked donation to `to` if that is forward, or only records what the session told us
 * when `to` is null or not forward: advanceDonation(), in plain SQL. Returns whether the status
 * changed. Given `sql.atCommit`, the statement is sent with COMMIT: it fails the transaction
 * unless it updated the donation.
 */
export async function advanceFromSession(sql: RawSql, donation: LockedDonation, to: SessionStatus | null, at: Date, learned: SessionLearned): Promise<boolean> {
  const move = to === null ? null : moveStatus(donation.status, to);
  await sql.$queryRawUnsafe<unknown[]>(
    ADVANCE_FROM_SESSION,
    donation.id,
    move?.to ?? null,
    move?.stamp === "paidAt" ? utc(at) : null,
    move?.stamp === "failedAt" ? utc(at) : null,
    move?.stamp === "expiredAt" ? utc(at) : null,
    learned.stripeSessionId,
    learned.stripePaymentIntentId ?? null,
    learned.stripeCustomerId ?? null,
    learned.stripeSubscriptionId ?? null,
    learned.donorEmail ?? null,
    learned.donorName ?? null,
    utc(new Date()),
  );
  if (move) donation.status = move.to;
  return move !== null;
}

/**
 * Moves a locked donation to `to` if that is forward (paid after pending, refunded after paid…),
 * stamping when it happened. Also writes `data` (ids learned from the event) either way.
 * Returns whether the status changed.
 */
export async function advanceDonation(tx: Tx, donation: LockedDonation, to: DonationStatus, at: Date, data: Prisma.DonationUpdateInput = {}): Promise<boolean> {
  const move = moveStatus(donation.status, to);
  await tx.donation.update({
    where: { id: donation.id },
    data: { ...data, ...(move ? { status: move.to, [move.stamp]: at } : {}) },
  });
  if (move) donation.status = move.to;
  return move !== null;
}
