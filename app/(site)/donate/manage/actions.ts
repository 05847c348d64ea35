"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { isValidManageToken } from "@/lib/donations/manage-link";
import { cancelTestSubscription } from "@/lib/donations/checkout/test-mode";
import { manageLinkLimits } from "@/lib/donations/manage-link-limits";
import { requestManageLinks } from "@/lib/donations/request-manage-links";
import { answerForm } from "@/lib/forms/answer-without-script";
import { email } from "@/lib/forms/fields";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction } from "@/lib/forms/public-action";
import { TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { enqueue } from "@/lib/queue/site-queue";

// Public actions: no sign-in. Asking for links is limited per connection, per address asked from
// that connection and per inbox (lib/donations/manage-link-limits.ts), and answered the same
// whoever the address belongs to; cancelling needs a valid manage link.

const LINK_SENT =
  "Thank you. If that address has a monthly gift with us, we’ve sent a link to manage it. It can take a few minutes to arrive: please check your spam folder too.";
const TRY_LATER = "Sorry, something went wrong on our side. Please try again in a minute.";

/** Where a plain post's answer is kept and shown: the page without a link, at the form. */
const answerAt = { name: "manage-link", page: "/donate/manage", hash: "#new-link" };

/** "Email me a new link" (lib/forms/public-action.ts): the same answer whether or not an email goes. */
export const requestManageLinkAction = publicAction(
  {
    schema: z.object({ email: email({ missing: "Enter the email address you give from" }) }),
    limits: { ...manageLinkLimits, person: (input) => input.email },
    honeypot: { status: "success", message: LINK_SENT, values: { email: "" } },
    invalid: "Please check the address.",
    failed: TRY_LATER,
    answerAt,
    label: "manage-link",
  },
  async (input, { sendEmail }): Promise<FormState> => {
    // Past a limit for this address the answer is the same; only the email is not sent.
    if (sendEmail) await requestManageLinks(db, enqueue, input.email);
    return { status: "success", message: LINK_SENT, values: { email: "" } };
  },
);

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
