import type Stripe from "stripe";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { advanceDonation, type LockedDonation } from "../advance-donation";
import { paidBeforeRefund } from "../donation-status";
import { queueReceipt } from "./queue-receipt";
import type { EventContext } from "./types";

/** The Gift Aid on part of a gift: 25p for every £1 given, to the nearest penny. */
export const giftAidOn = (pence: number): number => Math.round(pence / 4);

/**
 * Money going back to the donor, from a refund (charge.refunded) or a lost card dispute. A full
 * one makes the donation REFUNDED; a partial one keeps it paid and records how much went back,
 * as the largest running total seen, so any order of events ends the same, and a gift refunded
 * twice (a refund, then a lost dispute) counts back once.
 *
 * If the gift's Gift Aid was already claimed, the part newly given back is recorded as an
 * adjustment: the Gift Aid on it is owed to HMRC, and the next claim repays it.
 *
 * Returns whether what counts toward the appeal changed.
 */
export async function refundGift(
  ctx: EventContext,
  event: Stripe.Event,
  donation: LockedDonation,
  refund: { full: boolean; runningTotalPence: number; reason: "refund" | "dispute lost"; paymentKey: string; data?: Prisma.DonationUpdateInput },
): Promise<boolean> {
  const at = new Date(event.created * 1000);
  const refundedPence = refund.full ? donation.amountPence : Math.min(donation.amountPence, Math.max(donation.refundedPence, refund.runningTotalPence));
  const newlyRefunded = refundedPence - donation.refundedPence;
  const data = { ...refund.data, refundedPence: Math.max(donation.refundedPence, refundedPence) };

  if (donation.giftAidClaimId && newlyRefunded > 0) {
    await ctx.tx.giftAidAdjustment.create({
      data: {
        stripeEventId: event.id,
        donationId: donation.id,
        claimedInId: donation.giftAidClaimId,
        reason: refund.reason,
        refundedPence: newlyRefunded,
        // As the difference of the Gift Aid on the running totals: however the refunds arrive
        // (one full, or partial ones in any order), the adjustments add up to the Gift Aid on
        // what was refunded in all, to the penny.
        giftAidPence: giftAidOn(refundedPence) - giftAidOn(donation.refundedPence),
        occurredAt: at,
      },
      select: { id: true },
    });
  }

  if (refund.full) {
    // Money going back implies the payment happened (paidBeforeRefund); whoever records the
    // payment queues its receipt (under the payment's key, so only once).
    if (paidBeforeRefund(donation.status) && (await advanceDonation(ctx.tx, donation, DonationStatus.PAID, at))) {
      await queueReceipt(ctx, donation.id, donation.stripeSessionId ?? donation.stripeInvoiceId ?? refund.paymentKey);
    }
    return advanceDonation(ctx.tx, donation, DonationStatus.REFUNDED, at, data);
  }
  await ctx.tx.donation.update({ where: { id: donation.id }, data });
  return newlyRefunded > 0;
}
