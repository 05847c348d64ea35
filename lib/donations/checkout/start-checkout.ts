import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DonationFrequency, DonationKind } from "@/lib/generated/prisma/enums";
import type { Payments } from "@/lib/stripe/payments";
import type { DonationForm } from "./donation-form-schema";
import { GIFT_AID_WORDING_VERSION, giftAidWording } from "../gift-aid-wording";
import { priceGift, type Pricing } from "./price-gift";

export type CheckoutCampaign = Pricing & { id: string; charityName: string };

const lineItemNames = {
  COAT: "Winter coat for someone sleeping rough",
  PACK: "Clothing pack: underwear, socks and clean clothes",
  CUSTOM: "Gift to the winter appeal",
};

/**
 * One attempt per form submission and choice: a double click (same hidden attempt id, same
 * choice) finds the same donation and, through the idempotency key, the same Checkout Session;
 * a changed choice is a new attempt.
 */
export function attemptKeyFor(form: DonationForm): string {
  const { attempt, ...choice } = form;
  return crypto
    .createHash("sha256")
    .update(`${attempt}:${JSON.stringify(choice)}`)
    .digest("base64url")
    .slice(0, 32);
}

/**
 * Runs `create` in a transaction, unless a donation for this attempt exists. Two submissions of
 * the same form at the same moment both find nothing and both insert: the loser hits the unique
 * attempt key and takes the winner's row.
 */
async function createPendingDonation(db: Db, attemptKey: string, create: (tx: Prisma.TransactionClient) => Promise<{ id: string }>): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => (await tx.donation.findUnique({ where: { attemptKey }, select: { id: true } })) ?? create(tx));
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    return db.donation.findUniqueOrThrow({ where: { attemptKey }, select: { id: true } });
  }
}

/**
 * Creates the pending donation (with its Gift Aid declaration) in one transaction, then the
 * Checkout Session, and returns where to send the donor. The amount is decided here, from the
 * campaign's prices: the browser only sends a choice.
 */
export async function startCheckout(
  db: Db,
  payments: Payments,
  input: {
    form: DonationForm;
    campaign: CheckoutCampaign;
    siteUrl: string;
    /** The live coat drive the gift is made through, found by the action from form.drive: it changes no price. */
    drive?: { id: string } | null;
  },
): Promise<{ donationId: string; url: string }> {
  const { form, campaign, siteUrl, drive = null } = input;
  const priced = priceGift(campaign, form);
  const monthly = form.frequency === "monthly";
  const attemptKey = attemptKeyFor(form);

  const donation = await createPendingDonation(db, attemptKey, async (tx) => {
    const declaration = form.giftAid
      ? await tx.giftAidDeclaration.create({
          data: {
            ...form.giftAid,
            title: form.giftAid.title ?? null,
            wordingVersion: GIFT_AID_WORDING_VERSION,
            wording: giftAidWording(form.giftAid.scope, campaign.charityName),
          },
          select: { id: true },
        })
      : null;
    return tx.donation.create({
      data: {
        campaignId: campaign.id,
        kind: DonationKind[priced.kind],
        quantity: priced.quantity,
        amountPence: priced.amountPence,
        feePence: priced.feePence,
        frequency: monthly ? DonationFrequency.MONTHLY : DonationFrequency.ONCE,
        anonymous: form.anonymous,
        emailConsent: form.emailConsent,
        attemptKey,
        livemode: payments.livemode,
        giftAidDeclarationId: declaration?.id ?? null,
        // Coat drives (issue #18): the gift counts for this drive, read from this row, once.
        driveId: drive?.id ?? null,
        showAmountOnDrive: drive ? form.showAmountOnDrive : false,
      },
      select: { id: true },
    });
  });

  const lineItems = [{ name: lineItemNames[priced.kind], unitAmountPence: priced.amountPence / priced.quantity, quantity: priced.quantity }];
  if (priced.feePence > 0) lineItems.push({ name: "Card fee, so all of your gift reaches the appeal", unitAmountPence: priced.feePence, quantity: 1 });
  const session = await payments.createCheckoutSession({
    donationId: donation.id,
    mode: monthly ? "subscription" : "payment",
    lineItems,
    successUrl: `${siteUrl}/donate/thank-you?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${siteUrl}/donate?cancelled=1`,
    idempotencyKey: `checkout/${attemptKey}`,
  });
  await db.donation.updateMany({ where: { id: donation.id, stripeSessionId: null }, data: { stripeSessionId: session.id } });
  return { donationId: donation.id, url: session.url };
}
