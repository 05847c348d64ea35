"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { cancelTestSession, payTestSession } from "@/lib/donations/checkout/test-mode";
import { email, requiredLine } from "@/lib/forms/fields";
import type { FormState } from "@/lib/forms/form-state";

// Test mode only (no STRIPE_SECRET_KEY): each function refuses otherwise (lib/donations/checkout/test-mode).

const donor = z.object({
  email: email(),
  name: requiredLine(100, { missing: "Enter the name on the card", tooLong: "Keep the name to 100 characters or fewer" }),
});

export async function payTestCheckoutAction(_previous: FormState, form: FormData): Promise<FormState> {
  const sessionId = String(form.get("sessionId") ?? "");
  const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? "") };
  const parsed = donor.safeParse(values);
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    return {
      status: "error",
      fieldErrors: { ...(errors.email?.[0] ? { email: errors.email[0] } : {}), ...(errors.name?.[0] ? { name: errors.name[0] } : {}) },
      values,
    };
  }
  if (!(await payTestSession(sessionId, parsed.data))) return { status: "error", message: "This test checkout is no longer open.", values };
  redirect(`/donate/thank-you?session_id=${encodeURIComponent(sessionId)}`);
}

export async function cancelTestCheckoutAction(form: FormData): Promise<void> {
  await cancelTestSession(String(form.get("sessionId") ?? ""));
  redirect("/donate?cancelled=1");
}
