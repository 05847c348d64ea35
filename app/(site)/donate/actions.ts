"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { findActiveCampaign } from "@/lib/campaign/queries";
import { findDriveForGift } from "@/lib/coat-drives/queries";
import { db } from "@/lib/db";
import { donationFormLimits, donationFormSchema } from "@/lib/donations/checkout/donation-form-schema";
import { RESTORE_COOKIE, RESTORE_HOURS, restoreToken } from "@/lib/donations/checkout/restore-token";
import { payments } from "@/lib/donations/stripe-wiring";
import { startCheckout } from "@/lib/donations/checkout/start-checkout";
import { env } from "@/lib/env";
import { publicAction } from "@/lib/forms/public-action";

/** Where a plain post's answer is kept and shown: the donate page, at the list of problems. */
const answerAt = { name: "donate", page: "/donate", hash: "#donate-problem" };

/**
 * The donation form: a choice in, a Checkout Session out. Money is decided on the server. Every
 * field the form has is at most 100 characters once valid; a longer one is refused with a
 * message beside it and comes back whole, with script or without (lib/forms/public-answers.ts).
 */
export const donateAction = publicAction(
  {
    schema: donationFormSchema,
    limits: donationFormLimits,
    invalid: "Please check the highlighted answers.",
    failed: "We couldn’t reach our payment provider just now, and nothing has been charged. Please try again in a moment.",
    answerAt,
    label: "donate",
  },
  async (gift) => {
    const campaign = await findActiveCampaign(db);
    if (!campaign) return { status: "error", message: "Donations are not open just now." };
    // A gift through a coat drive names the drive by its address; only a live one takes gifts,
    // and it changes nothing about the price or the charity the donor pays.
    const drive = gift.drive ? await findDriveForGift(db, gift.drive) : null;
    if (gift.drive && !drive)
      return {
        status: "error",
        message:
          "That coat drive isn’t taking gifts just now, so nothing has been charged. You can still give to the winter appeal itself from the donate page.",
        values: { drive: "" },
      };
    const started = await startCheckout(db, payments(), { form: gift, campaign, siteUrl: env.SITE_URL, drive });
    // Should the donor cancel at checkout, this browser (and only this one) gets the form back
    // as they filled it in (lib/donations/checkout/restore-token.ts).
    (await cookies()).set(RESTORE_COOKIE, restoreToken(started.donationId), {
      path: "/donate",
      maxAge: RESTORE_HOURS * 60 * 60,
      httpOnly: true,
      sameSite: "lax",
      secure: env.SITE_URL.startsWith("https:"),
    });
    redirect(started.url);
  },
);
