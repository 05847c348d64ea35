import type Stripe from "stripe";
import type { Enqueue } from "@/lib/queue/jobs";
import type { LockedDonation, Tx } from "../advance-donation";
import type { Sql } from "../webhook-transaction";

export type EventContext = {
  tx: Tx;
  /**
   * Plain SQL in the same transaction (webhook-transaction.ts): the paid path's statements, and
   * the jobs queued with them, go this way, without Prisma's per-query machinery. `sql.atCommit`
   * for writes whose answer is not needed: sent with COMMIT, in the same round trip.
   */
  sql: Sql;
  /**
   * Reads and locks a donation until the transaction ends (lockDonation). The donation the event
   * names in its metadata is already locked, with the event's own insert: that one costs nothing.
   */
  lockDonation: (id: string) => Promise<LockedDonation | null>;
  enqueue: Enqueue;
  /** Finds the donation behind a payment intent Stripe knows but we have not recorded yet. */
  donationIdForPaymentIntent?: (paymentIntentId: string) => Promise<string | null>;
  /** The invoice a payment intent paid (monthly gifts), from Stripe's invoice payments. */
  invoiceIdForPaymentIntent?: (paymentIntentId: string) => Promise<string | null>;
};

/** What the caller provides; the transaction and the locking come from applyStripeEvent. */
export type EventDeps = Omit<EventContext, "tx" | "sql" | "lockDonation">;

/** One way an event disagreed with its donation, in words for staff. */
export type Mismatch = { what: "amount" | "currency" | "livemode" | "session"; expected: string; received: string };

/** What applying an event did: the caller refreshes progress and logs by it. */
export type EventEffect = {
  donationId: string | null;
  /** A payment or refund changed what counts toward the appeal. */
  progressChanged: boolean;
  note?: string;
  /**
   * The event disagreed with its donation and was not applied: applyStripeEvent keeps it as a
   * PaymentProblem for staff. A handler that returns mismatches has written nothing.
   */
  mismatches?: Mismatch[];
};

export type EventHandler<T> = (event: Stripe.Event, object: T, ctx: EventContext) => Promise<EventEffect>;
