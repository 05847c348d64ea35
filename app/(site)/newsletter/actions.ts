"use server";

import { db } from "@/lib/db";
import { answerForm } from "@/lib/forms/answer-without-script";
import type { FormState } from "@/lib/forms/form-state";
import { TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { clientIp } from "@/lib/http/client-ip";
import { confirmSubscription, type ConfirmOutcome } from "@/lib/newsletter/confirm-subscription";
import { CHECK_INBOX, signupLimits } from "@/lib/newsletter/signup-schema";
import { subscribe } from "@/lib/newsletter/subscribe";
import { subscriberForLink, unsubscribe } from "@/lib/newsletter/unsubscribe";
import { enqueue } from "@/lib/queue/site-queue";
import { consumePersonLimit } from "@/lib/rate-limit/per-person";

// Public actions: no sign-in, so each one checks what authorises it (a token) or limits who may
// call it how often (rate limits), beside the data it touches.

const TRY_LATER = "Sorry, something went wrong on our side. Please try again in a minute.";

/** A plain post's answer is shown on the confirm page itself (without the token, now spent). */
const confirmAnswerAt = { name: "confirm", page: "/newsletter/confirm" };

export async function confirmAction(_previous: FormState<ConfirmOutcome>, form: FormData): Promise<FormState<ConfirmOutcome>> {
  return answerForm(await confirm(form), confirmAnswerAt);
}

async function confirm(form: FormData): Promise<FormState<ConfirmOutcome>> {
  try {
    const token = tokenField(form, "token");
    if (token === null) return { status: "error", message: TOKEN_TOO_LONG };
    const outcome = await confirmSubscription(db, token);
    return { status: outcome === "confirmed" ? "success" : "error", outcome };
  } catch (error) {
    console.error("[newsletter] confirm failed", error);
    return { status: "error", message: TRY_LATER };
  }
}

type LinkOutcome = "unsubscribed" | "resubscribed" | "invalid";

/** The link's subscriber and token; null when either is longer than any we send (refused as it is, never cut). */
function linkFields(form: FormData): { subscriberId: string; token: string } | null {
  const subscriberId = tokenField(form, "s");
  const token = tokenField(form, "t");
  return subscriberId === null || token === null ? null : { subscriberId, token };
}

/**
 * A plain post's answer is shown on the unsubscribe page it came from: the same link, which the
 * page needs to show anything (it holds nothing a donor typed; the cookie holds the answer's key).
 */
function linkAnswerAt(form: FormData, name: "unsubscribe" | "resubscribe") {
  const link = linkFields(form);
  return { name, page: "/newsletter/unsubscribe", search: link ? `?${new URLSearchParams({ s: link.subscriberId, t: link.token })}` : "" };
}

export async function unsubscribeAction(_previous: FormState<LinkOutcome>, form: FormData): Promise<FormState<LinkOutcome>> {
  return answerForm(await leave(form), linkAnswerAt(form, "unsubscribe"));
}

async function leave(form: FormData): Promise<FormState<LinkOutcome>> {
  try {
    const link = linkFields(form);
    if (!link) return { status: "error", message: TOKEN_TOO_LONG };
    const outcome = await unsubscribe(db, { ...link, source: "unsubscribe-page" });
    return { status: outcome === "unsubscribed" ? "success" : "error", outcome };
  } catch (error) {
    console.error("[newsletter] unsubscribe failed", error);
    return { status: "error", message: TRY_LATER };
  }
}

export async function resubscribeAction(_previous: FormState<LinkOutcome>, form: FormData): Promise<FormState<LinkOutcome>> {
  return answerForm(await rejoin(form), linkAnswerAt(form, "resubscribe"));
}

async function rejoin(form: FormData): Promise<FormState<LinkOutcome>> {
  try {
    const link = linkFields(form);
    if (!link) return { status: "error", message: TOKEN_TOO_LONG };
    const subscriber = await subscriberForLink(db, link.subscriberId, link.token);
    if (!subscriber) return { status: "error", outcome: "invalid" };
    const byAddress = await consumePersonLimit(signupLimits.perPerson, subscriber.email, await clientIp());
    if (byAddress.ok && byAddress.sendEmail) await subscribe(db, enqueue, { email: subscriber.email, source: "unsubscribe-page" });
    return { status: "success", outcome: "resubscribed", message: CHECK_INBOX };
  } catch (error) {
    console.error("[newsletter] resubscribe failed", error);
    return { status: "error", message: TRY_LATER };
  }
}
