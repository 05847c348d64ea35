"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { findActiveCampaign } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { parseDonationForm } from "@/lib/donations/donation-form-schema";
import { RESTORE_COOKIE, RESTORE_HOURS, restoreToken } from "@/lib/donations/restore-token";
import { payments } from "@/lib/donations/runtime";
import { startCheckout } from "@/lib/donations/start-checkout";
import { env } from "@/lib/env";
import { answerForm } from "@/lib/forms/answer-without-script";
import type { FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

/**
 * What was typed, to show again. Every field the form has is at most 100 characters once valid;
 * a longer one is refused with a message beside it and comes back as its first 200 characters,
 * so a post made without script fits the cookie its answer travels in.
 */
function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$") && !(key in values)) values[key] = value.slice(0, 200);
  return values;
}

const CHECK_ANSWERS = "Please check the highlighted answers.";

/** Where a plain post's answer is kept and shown: the donate page, at the list of problems. */
const answerAt = { name: "donate", page: "/donate", hash: "#donate-problem" };

/** The donation form: a choice in, a Checkout Session out. Money is decided on the server. */
export async function donateAction(_previous: FormState, form: FormData): Promise<FormState> {
  return answerForm(await donate(form), answerAt);
}

async function donate(form: FormData): Promise<FormState> {
  const values = valuesOf(form);
  const parsed = parseDonationForm(form);
  if (!parsed.ok) return { status: "error", message: CHECK_ANSWERS, fieldErrors: parsed.fieldErrors, values };
  if (parsed.data.frequency === "monthly" && parsed.data.giftAid?.scope === "THIS_DONATION") {
    return {
      status: "error",
      message: CHECK_ANSWERS,
      fieldErrors: { giftAidScope: "For a monthly gift, choose the declaration that covers future donations, so Gift Aid applies every month" },
      values,
    };
  }

  let url: string;
  try {
    const limit = await consumeRateLimit("checkoutPerIp", await clientIp());
    if (!limit.ok) return { status: "error", message: `Too many attempts from your connection. Please try again in ${waitInWords(limit.retryAfterSeconds)}.`, values };
    const campaign = await findActiveCampaign(db);
    if (!campaign) return { status: "error", message: "Donations are not open just now.", values };
    const started = await startCheckout(db, payments(), {
      form: parsed.data,
      campaign,
      siteUrl: env.SITE_URL,
    });
    url = started.url;
    // Should the donor cancel at checkout, this browser (and only this one) gets the form back
    // as they filled it in (lib/donations/restore-token.ts).
    (await cookies()).set(RESTORE_COOKIE, restoreToken(started.donationId), {
      path: "/donate",
      maxAge: RESTORE_HOURS * 60 * 60,
      httpOnly: true,
      sameSite: "lax",
      secure: env.SITE_URL.startsWith("https:"),
    });
  } catch (error) {
    console.error("[donate] checkout failed", error);
    return {
      status: "error",
      message: "We couldn’t reach our payment provider just now, and nothing has been charged. Please try again in a moment.",
      values,
    };
  }
  redirect(url);
}
