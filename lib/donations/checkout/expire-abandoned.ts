import type { Db } from "@/lib/db";
import { DonationStatus } from "@/lib/generated/prisma/enums";

/** How long a donation may wait for a Checkout Session that was never created. */
export const ABANDONED_AFTER_MS = 2 * 60 * 60 * 1000;

/**
 * Closes donations whose Checkout Session was never created (Stripe was down when the donor
 * pressed the button): no Stripe event will ever arrive for them. Those with a session are left
 * for Stripe's own checkout.session.expired. Never touches anything paid.
 */
export async function expireAbandonedDonations(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.donation.updateMany({
    where: { status: DonationStatus.PENDING, stripeSessionId: null, createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
    data: { status: DonationStatus.EXPIRED, expiredAt: now },
  });
  return count;
}
