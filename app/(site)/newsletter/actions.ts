"use server";

import { db } from "@/lib/db";
import { answerForm } from "@/lib/forms/answer-without-script";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction } from "@/lib/forms/public-action";
import { clientIp } from "@/lib/http/client-ip";
import { confirmSubscription, type ConfirmOutcome } from "@/lib/newsletter/confirm-subscription";
import { signupLimits, signupSchema } from "@/lib/newsletter/signup-schema";
import { subscribe } from "@/lib/newsletter/subscribe";
import { subscriberForLink, unsubscribe } from "@/lib/newsletter/unsubscribe";
import { enqueue } from "@/lib/queue/runtime";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";

// Public actions: no sign-in, so each one checks what authorises it (a token) or limits who may
// call it how often (rate limits), beside the data it touches.

const CHECK_INBOX = "Thank you! We’ve sent you an email: press the button in it to confirm your subscription. It can take a few minutes to arrive.";
const TRY_LATER = "Sorry, something went wrong on our side. Please try again in a minute.";

/**
 * Where a plain post's answer is kept and shown: /newsletter, at its signup box, whichever page's
 * box was used (the appeal and the footer are cached pages, the same for everyone).
 */
const signupAnswerAt = { name: "signup", page: "/newsletter", hash: "#signup" };

/** A newsletter signup (lib/forms/public-action.ts): the same answer whether or not an email goes. */
export const subscribeAction = publicAction(
  {
    schema: signupSchema,
    // Over either per-address limit, quietly send nothing more: the answer must not differ.
    limits: { ...signupLimits, person: (input) => input.email },
    honeypot: { status: "success", outcome: "queued", message: CHECK_INBOX, values: { email: "" } },
    invalid: "Please check the address.",
    failed: TRY_LATER,
    answerAt: signupAnswerAt,
    label: "newsletter",
  },
  async (input, { sendEmail }) => {
    if (sendEmail) await subscribe(db, enqueue, input);
    return { status: "success", outcome: "queued", message: CHECK_INBOX, values: { email: "" } };
  },
);

/** A plain post's answer is shown on the confirm page itself (without the token, now spent). */
const confirmAnswerAt = { name: "confirm", page: "/newsletter/confirm" };

export async function confirmAction(_previous: FormState<ConfirmOutcome>, form: FormData): Promise<FormState<ConfirmOutcome>> {
  return answerForm(await confirm(form), confirmAnswerAt);
}

async function confirm(form: FormData): Promise<FormState<ConfirmOutcome>> {
  try {
    const outcome = await confirmSubscription(db, String(form.get("token") ?? "").slice(0, 200));
    return { status: outcome === "confirmed" ? "success" : "error", outcome };
  } catch (error) {
    console.error("[newsletter] confirm failed", error);
    return { status: "error", message: TRY_LATER };
  }
}

type LinkOutcome = "unsubscribed" | "resubscribed" | "invalid";

function linkFields(form: FormData) {
  return { subscriberId: String(form.get("s") ?? "").slice(0, 100), token: String(form.get("t") ?? "").slice(0, 100) };
}

export async function unsubscribeAction(_previous: FormState<LinkOutcome>, form: FormData): Promise<FormState<LinkOutcome>> {
  try {
    const outcome = await unsubscribe(db, { ...linkFields(form), source: "unsubscribe-page" });
    return { status: outcome === "unsubscribed" ? "success" : "error", outcome };
  } catch (error) {
    console.error("[newsletter] unsubscribe failed", error);
    return { status: "error", message: TRY_LATER };
  }
}

export async function resubscribeAction(_previous: FormState<LinkOutcome>, form: FormData): Promise<FormState<LinkOutcome>> {
  try {
    const { subscriberId, token } = linkFields(form);
    const subscriber = await subscriberForLink(db, subscriberId, token);
    if (!subscriber) return { status: "error", outcome: "invalid" };
    const byAddress = await consumePersonLimit(signupLimits.perPerson, subscriber.email, await clientIp());
    if (byAddress.ok && byAddress.sendEmail) await subscribe(db, enqueue, { email: subscriber.email, source: "unsubscribe-page" });
    return { status: "success", outcome: "resubscribed", message: CHECK_INBOX };
  } catch (error) {
    console.error("[newsletter] resubscribe failed", error);
    return { status: "error", message: TRY_LATER };
  }
}
