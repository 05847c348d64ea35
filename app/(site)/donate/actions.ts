"use server";

import { redirect } from "next/navigation";
import { findActiveCampaign } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { parseDonationForm } from "@/lib/donations/donation-form-schema";
import { payments } from "@/lib/donations/runtime";
import { startCheckout } from "@/lib/donations/start-checkout";
import { env } from "@/lib/env";
import type { FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

function valuesOf(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 500);
  return values;
}

/** The donation form: a choice in, a Checkout Session out. Money is decided on the server. */
export async function donateAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = parseDonationForm(form);
  if (!parsed.ok) return { status: "error", message: "Please check the highlighted answers.", fieldErrors: parsed.fieldErrors, values: parsed.values };
  const values = valuesOf(form);
  if (parsed.data.frequency === "monthly" && parsed.data.giftAid?.scope === "THIS_DONATION") {
    return {
      status: "error",
      message: "Please check the highlighted answers.",
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
    ({ url } = await startCheckout(db, payments(), {
      form: parsed.data,
      campaign,
      siteUrl: env.SITE_URL,
    }));
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
