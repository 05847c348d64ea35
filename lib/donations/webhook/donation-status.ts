import { DonationStatus } from "@/lib/generated/prisma/enums";

// A donation's status machine, with no database: which moves are allowed, and what each Stripe
// event does to the status. advance-donation.ts applies a move in SQL; the events/ handlers pick
// the target. Tests: tests/unit/donation-status.test.ts.
//
// A donation only moves forward. Events applied in any order therefore end in the same state:
// a late "expired" cannot undo a payment, a late "completed" cannot undo a refund. Expired and
// failed are one step (a session ends one way or the other, never both).
const rank: Record<DonationStatus, number> = {
  [DonationStatus.PENDING]: 0,
  [DonationStatus.EXPIRED]: 1,
  [DonationStatus.FAILED]: 1,
  [DonationStatus.PAID]: 2,
  [DonationStatus.REFUNDED]: 3,
};

/** The column that records when a donation reached a status. */
export type StatusStamp = "paidAt" | "failedAt" | "expiredAt" | "refundedAt";

/** A status a donation can move to (never back to pending), and the column stamped on arrival. */
const stamp: Record<Exclude<DonationStatus, typeof DonationStatus.PENDING>, StatusStamp> = {
  [DonationStatus.PAID]: "paidAt",
  [DonationStatus.FAILED]: "failedAt",
  [DonationStatus.EXPIRED]: "expiredAt",
  [DonationStatus.REFUNDED]: "refundedAt",
};

/** A move forward: the new status and the column to stamp with when it happened. */
export type StatusMove = { to: DonationStatus; stamp: StatusStamp };

/** The move from `from` to `to`, or null when it is not forward (the status stays as it is). */
export function moveStatus(from: DonationStatus, to: DonationStatus): StatusMove | null {
  if (to === DonationStatus.PENDING || rank[to] <= rank[from]) return null;
  return { to, stamp: stamp[to] };
}

/** The statuses a Checkout Session's events ask for. */
export type SessionStatus = typeof DonationStatus.PAID | typeof DonationStatus.FAILED | typeof DonationStatus.EXPIRED;

/**
 * The status a checkout.session.* event asks for, or null when it asks for none: a completed
 * session is paid, or (for slower payment methods) still processing, and stays pending until
 * async_payment_succeeded or _failed.
 */
export function sessionEventStatus(type: string, paymentStatus: string | null | undefined): SessionStatus | null {
  switch (type) {
    case "checkout.session.completed":
      return paymentStatus === "paid" || paymentStatus === "no_payment_required" ? DonationStatus.PAID : null;
    case "checkout.session.async_payment_succeeded":
      return DonationStatus.PAID;
    case "checkout.session.async_payment_failed":
      return DonationStatus.FAILED;
    case "checkout.session.expired":
      return DonationStatus.EXPIRED;
    default:
      return null;
  }
}

/**
 * Money going back in full (a refund, a lost dispute) implies the payment happened, even if its
 * own event is still on the way: a pending donation is paid first (and gets its receipt), then
 * refunded.
 */
export const paidBeforeRefund = (from: DonationStatus): boolean => from === DonationStatus.PENDING;

/** An event as far as a donation's status is concerned. */
export type StatusEvent =
  | { type: "checkout.session.completed"; paymentStatus: string | null }
  | { type: "checkout.session.async_payment_succeeded" | "checkout.session.async_payment_failed" | "checkout.session.expired" }
  /** The first payment of a monthly gift (later ones are donations of their own). */
  | { type: "invoice.paid" }
  /** charge.refunded, or a lost charge.dispute.*: a partial refund keeps the status. */
  | { type: "money returned"; full: boolean };

/** The moves an event makes, in order, from `from`: none, one, or (a full refund of a pending gift) two. */
export function statusMoves(from: DonationStatus, event: StatusEvent): StatusMove[] {
  const targets: DonationStatus[] = [];
  if (event.type === "invoice.paid") targets.push(DonationStatus.PAID);
  else if (event.type === "money returned") {
    if (event.full) targets.push(...(paidBeforeRefund(from) ? [DonationStatus.PAID] : []), DonationStatus.REFUNDED);
  } else {
    const to = sessionEventStatus(event.type, "paymentStatus" in event ? event.paymentStatus : null);
    if (to) targets.push(to);
  }
  const moves: StatusMove[] = [];
  let status = from;
  for (const to of targets) {
    const move = moveStatus(status, to);
    if (move) moves.push(move);
    status = move?.to ?? status;
  }
  return moves;
}

/** A donation's status after an event. */
export function statusAfter(from: DonationStatus, event: StatusEvent): DonationStatus {
  return statusMoves(from, event).at(-1)?.to ?? from;
}
