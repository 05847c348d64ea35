"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { answerForm } from "@/lib/forms/answer-without-script";
import { firstErrors, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { confirmSubscription, type ConfirmOutcome } from "@/lib/newsletter/confirm-subscription";
import { signupSchema } from "@/lib/newsletter/signup-schema";
import { subscribe } from "@/lib/newsletter/subscribe";
import { subscriberForLink, unsubscribe } from "@/lib/newsletter/unsubscribe";
import { enqueue } from "@/lib/queue/runtime";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

// Public actions: no sign-in, so each one checks what authorises it (a token) or limits who may
// call it how often (rate limits), beside the data it touches.

const CHECK_INBOX = "Thank you! We’ve sent you an email: press the button in it to confirm your subscription. It can take a few minutes to arrive.";
const TRY_LATER = "Sorry, something went wrong on our side. Please try again in a minute.";

/**
 * Where a plain post's answer is kept and shown: /newsletter, at its signup box, whichever page's
 * box was used (the appeal and the footer are cached pages, the same for everyone).
 */
const signupAnswerAt = { name: "signup", page: "/newsletter", hash: "#signup" };

export async function subscribeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return answerForm(await signUp(form), signupAnswerAt);
}

async function signUp(form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? "").slice(0, 400), source: String(form.get("source") ?? "") };
  // The honeypot: people never see this field; bots fill it in. Answer as if all went well.
  if (String(form.get("website") ?? "") !== "") return { status: "success", outcome: "queued", message: CHECK_INBOX, values: { email: "" } };

  const parsed = signupSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Please check the address.", fieldErrors: firstErrors(z.flattenError(parsed.error).fieldErrors), values };
  }
  try {
    const ip = await clientIp();
    const byIp = await consumeRateLimit("signupPerIp", ip);
    if (!byIp.ok) {
      return { status: "error", message: `Too many sign-ups from your connection. Please try again in ${waitInWords(byIp.retryAfterSeconds)}.`, values };
    }
    // Over either per-address limit (lib/rate-limit/policies.ts), quietly send nothing more: the answer must not differ.
    const byAddress = await consumePersonLimit("signup", parsed.data.email, ip);
    if (byAddress.ok && byAddress.sendEmail) await subscribe(db, enqueue, parsed.data);
    return { status: "success", outcome: "queued", message: CHECK_INBOX, values: { email: "" } };
  } catch (error) {
    console.error("[newsletter] signup failed", error);
    return { status: "error", message: TRY_LATER, values };
  }
}

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
    const byAddress = await consumePersonLimit("signup", subscriber.email, await clientIp());
    if (byAddress.ok && byAddress.sendEmail) await subscribe(db, enqueue, { email: subscriber.email, source: "unsubscribe-page" });
    return { status: "success", outcome: "resubscribed", message: CHECK_INBOX };
  } catch (error) {
    console.error("[newsletter] resubscribe failed", error);
    return { status: "error", message: TRY_LATER };
  }
}
