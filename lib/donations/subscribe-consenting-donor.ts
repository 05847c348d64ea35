import type { Db } from "@/lib/db";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { subscribe } from "@/lib/newsletter/subscribe";
import type { Enqueue } from "@/lib/queue/jobs";

/**
 * A donor who ticked "email me news" is signed up like anyone else: pending until they press the
 * button in the confirmation email (double opt-in). Only for the first payment of a gift, so a
 * monthly donor is not asked again every month.
 */
export async function subscribeConsentingDonor(db: Db, enqueue: Enqueue, donationId: string): Promise<boolean> {
  const donation = await db.donation.findUnique({ where: { id: donationId }, select: { emailConsent: true, donorEmail: true, status: true, parentId: true } });
  if (!donation?.emailConsent || !donation.donorEmail || donation.parentId || donation.status !== DonationStatus.PAID) return false;
  await subscribe(db, enqueue, { email: donation.donorEmail.trim().toLowerCase(), source: "donation" });
  return true;
}
