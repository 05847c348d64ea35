import type { Db } from "@/lib/db";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { donationFromRestoreToken } from "./restore-token";

/** Pence to what a donor types: 2500 → "25", 1250 → "12.50". */
export function poundsAsTyped(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, "0")}`;
}

/**
 * The donate form's values as the donor sent them, rebuilt from their pending donation (and its
 * Gift Aid declaration) after they cancelled at checkout. Only from a token this site signed for
 * that donation, and only while the gift is unpaid: a paid, failed or refunded gift restores
 * nothing. The field names are the form's own.
 */
export async function restoreDonationForm(db: Db, token: string, now: Date = new Date()): Promise<Record<string, string> | null> {
  const donationId = donationFromRestoreToken(token, now);
  if (!donationId) return null;
  const donation = await db.donation.findUnique({
    where: { id: donationId },
    select: {
      status: true,
      kind: true,
      quantity: true,
      amountPence: true,
      feePence: true,
      frequency: true,
      anonymous: true,
      emailConsent: true,
      parentId: true,
      drive: { select: { slug: true } },
      showAmountOnDrive: true,
      giftAidDeclaration: { select: { title: true, firstName: true, lastName: true, houseNameOrNumber: true, addressLine: true, postcode: true, scope: true } },
    },
  });
  if (!donation || donation.parentId || (donation.status !== DonationStatus.PENDING && donation.status !== DonationStatus.EXPIRED)) return null;

  const values: Record<string, string> = {
    gift: donation.kind === "COAT" ? "coat" : donation.kind === "PACK" ? "pack" : "custom",
    quantity: donation.kind === "CUSTOM" ? "1" : String(donation.quantity),
    amount: donation.kind === "CUSTOM" ? poundsAsTyped(donation.amountPence) : "",
    frequency: donation.frequency === "MONTHLY" ? "monthly" : "once",
  };
  if (donation.feePence > 0) values.coverFee = "on";
  if (donation.anonymous) values.anonymous = "on";
  if (donation.emailConsent) values.emailConsent = "on";
  // Coat drives (issue #18): the drive it was made through (the page shows it only while live).
  if (donation.drive) values.drive = donation.drive.slug;
  if (donation.showAmountOnDrive) values.showAmountOnDrive = "on";
  const declaration = donation.giftAidDeclaration;
  if (declaration) {
    Object.assign(values, {
      giftAid: "on",
      title: declaration.title ?? "",
      firstName: declaration.firstName,
      lastName: declaration.lastName,
      houseNameOrNumber: declaration.houseNameOrNumber,
      addressLine: declaration.addressLine,
      postcode: declaration.postcode,
      giftAidScope: declaration.scope,
      giftAidConfirm: "on",
    });
  }
  return values;
}
