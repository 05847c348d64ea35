import type Stripe from "stripe";
import { formatPence } from "@/lib/format/money";
import type { LockedDonation } from "../advance-donation";
import type { Mismatch } from "./types";

/** Every gift is charged in pounds: line items are built in "gbp" (lib/stripe/payments.ts). */
export const CURRENCY = "gbp";

/** What the donor was charged: the gift plus the card fee they chose to cover (start-checkout.ts). */
export const chargedPence = (donation: Pick<LockedDonation, "amountPence" | "feePence">): number => donation.amountPence + donation.feePence;

const money = (pence: number | null | undefined) => (typeof pence === "number" ? formatPence(pence) : "no amount");

/**
 * Whether a payment Stripe reports is the one the donation asked for: the amount charged and the
 * currency. Empty when they agree; otherwise what disagreed, in words, for staff.
 */
export function checkAmount(donation: LockedDonation, received: { amount: number | null | undefined; currency: string | null | undefined }): Mismatch[] {
  const out: Mismatch[] = [];
  if (received.amount !== chargedPence(donation)) {
    out.push({ what: "amount", expected: `${money(chargedPence(donation))} charged`, received: `${money(received.amount)} charged` });
  }
  const currency = (received.currency ?? "").toLowerCase();
  if (currency !== CURRENCY) out.push({ what: "currency", expected: "GBP", received: currency ? currency.toUpperCase() : "no currency" });
  return out;
}

/**
 * A session pays a donation only if it is the Checkout Session our checkout made for it and
 * recorded on the donation before the donor left (start-checkout.ts). A donation with no session
 * recorded pays from none: anyone can make a session naming a donation (a Payment Link's
 * client_reference_id, say), so the name alone proves nothing.
 */
export function checkSession(donation: LockedDonation, session: Stripe.Checkout.Session): Mismatch[] {
  if (donation.stripeSessionId === session.id) return [];
  return [
    {
      what: "session",
      expected: donation.stripeSessionId ? `Checkout Session ${donation.stripeSessionId}` : "no Checkout Session recorded for this donation",
      received: `Checkout Session ${session.id}`,
    },
  ];
}

export function checkLivemode(donation: Pick<LockedDonation, "livemode">, event: Stripe.Event): Mismatch[] {
  if (donation.livemode === event.livemode) return [];
  const mode = (live: boolean) => (live ? "live (real money)" : "test (no money moves)");
  return [{ what: "livemode", expected: `a ${mode(donation.livemode)} payment`, received: `a ${mode(event.livemode)} event` }];
}
