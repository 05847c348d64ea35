import Stripe from "stripe";
import type { Db } from "@/lib/db";
import type { EventDeps } from "./events/types";
import { applyStripeEvent, type ApplyOutcome } from "./apply-stripe-event";

export type WebhookResult = { status: 200 | 400 | 500; body: { received: boolean; outcome?: ApplyOutcome["outcome"]; error?: string }; progressChanged: boolean };

/**
 * The webhook, apart from HTTP: verify the signature on the raw body (400 and no writes when it
 * fails, including events older than five minutes), apply the event once, and answer 500 when
 * applying fails so Stripe delivers it again. Events we do not handle get 200: Stripe would
 * otherwise retry them for days.
 */
export async function handleWebhook(
  db: Db,
  rawBody: string,
  signature: string | null,
  deps: { secret: string; log?: (m: string) => void } & EventDeps,
): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("no Stripe-Signature header");
    event = Stripe.webhooks.constructEvent(rawBody, signature, deps.secret, 300);
  } catch (error) {
    deps.log?.(`[stripe] rejected a webhook: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 400, body: { received: false, error: "invalid signature" }, progressChanged: false };
  }
  try {
    const { secret: _secret, log: _log, ...context } = deps;
    const result = await applyStripeEvent(db, event, context);
    if (result.outcome === "refused") deps.log?.(`[stripe] refused ${event.type} ${event.id} for donation ${result.donationId}: ${result.note}`);
    return { status: 200, body: { received: true, outcome: result.outcome }, progressChanged: result.outcome === "applied" && result.progressChanged };
  } catch (error) {
    deps.log?.(`[stripe] failed to apply ${event.type} ${event.id}: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 500, body: { received: false, error: "processing failed" }, progressChanged: false };
  }
}
