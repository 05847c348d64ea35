"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { isValidManageToken } from "@/lib/donations/manage-link";
import { askForManageLinks } from "@/lib/donations/request-manage-links";
import { cancelTestSubscription } from "@/lib/donations/checkout/test-mode";
import { answerForm } from "@/lib/forms/answer-without-script";
import { email } from "@/lib/forms/fields";
import { firstErrors, type FormState } from "@/lib/forms/form-state";
import { TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { clientIp } from "@/lib/http/client-ip";
import { enqueue } from "@/lib/queue/site-queue";
import { manageLinkLimits } from "@/lib/rate-limit/policies";
import { tooManyFromConnection } from "@/lib/rate-limit/wait-in-words";

// Public actions: no sign-in. Asking for links is limited per connection and per address asked
// from that connection, and answered the same whoever the address belongs to; cancelling needs a
// valid manage link.

const LINK_SENT =
  "Thank you. If that address has a monthly gift with us, we’ve sent a link to manage it. It can take a few minutes to arrive: please check your spam folder too.";
const TRY_LATER = "Sorry, something went wrong on our side. Please try again in a minute.";

const requestSchema = z.object({
  email: email({ missing: "Enter the email address you give from" }),
});

/** Where a plain post's answer is kept and shown: the page without a link, at the form. */
const answerAt = { name: "manage-link", page: "/donate/manage", hash: "#new-link" };

export async function requestManageLinkAction(_previous: FormState, form: FormData): Promise<FormState> {
  return answerForm(await requestManageLink(form), answerAt);
}

async function requestManageLink(form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? "") };
  const parsed = requestSchema.safeParse(values);
  if (!parsed.success)
    return { status: "error", message: "Please check the address.", fieldErrors: firstErrors(z.flattenError(parsed.error).fieldErrors), values };
  try {
    const asked = await askForManageLinks(db, enqueue, { email: parsed.data.email, ip: await clientIp() });
    if (!asked.ok) return { status: "error", message: tooManyFromConnection(manageLinkLimits.perConnection, asked.retryAfterSeconds), values };
    return { status: "success", message: LINK_SENT, values: { email: "" } };
  } catch (error) {
    console.error("[donations] manage link request failed", error);
    return { status: "error", message: TRY_LATER, values };
  }
}

/**
 * The second step of cancelling, "Yes, cancel my monthly gift". In test mode the cancellation is
 * a signed event through the webhook (as Stripe's would be), which records it and queues the
 * confirmation email; with Stripe, donors cancel in Stripe's portal and its event does the same.
 */
export async function cancelMonthlyGiftAction(_previous: FormState, form: FormData): Promise<FormState> {
  const donationId = tokenField(form, "d");
  const token = tokenField(form, "t");
  // Longer than any link we send: refused as it is (never cut down and tried), on the page that
  // asks for a new link.
  if (donationId === null || token === null) return answerForm({ status: "error", message: TOKEN_TOO_LONG }, answerAt);
  if (isValidManageToken(donationId, token)) await cancelTestSubscription(donationId);
  redirect(`/donate/manage?d=${encodeURIComponent(donationId)}&t=${encodeURIComponent(token)}`);
}
