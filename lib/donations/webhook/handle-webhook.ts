import Stripe from "stripe";
import type { Db } from "@/lib/db";
import { STRIPE_API_VERSION } from "@/lib/stripe/api-version";
import type { EventDeps } from "./events/types";
import { applyStripeEvent, type ApplyOutcome } from "./apply-stripe-event";
import type { RunInTransaction } from "./webhook-transaction";

export type WebhookResult = {
  status: 200 | 400 | 422 | 500;
  body: { received: boolean; outcome?: ApplyOutcome["outcome"]; error?: string };
  progressChanged: boolean;
};

/**
 * The webhook, apart from HTTP: verify the signature on the raw body (400 and no writes when it
 * fails, including events older than five minutes), apply the event once, and answer 500 when
 * applying fails so Stripe delivers it again. Events we do not handle get 200: Stripe would
 * otherwise retry them for days.
 *
 * An event rendered at another API version than the SDK's (STRIPE_API_VERSION) is refused with
 * 422, logged, and not recorded: its objects may have another shape (a renewal's invoice without
 * `parent`, say), which the handlers would read as "not ours" and drop. Refused, Stripe keeps
 * retrying it, and applies it once the endpoint is set to the right version (`npm run
 * stripe:setup`); the endpoint's failures show in Stripe's dashboard meanwhile.
 */
export async function handleWebhook(
  db: Db,
  rawBody: string,
  signature: string | null,
  deps: { secret: string; log?: (m: string) => void; transaction?: RunInTransaction } & EventDeps,
): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("no Stripe-Signature header");
    event = Stripe.webhooks.constructEvent(rawBody, signature, deps.secret, 300);
  } catch (error) {
    deps.log?.(`[stripe] rejected a webhook: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 400, body: { received: false, error: "invalid signature" }, progressChanged: false };
  }
  if (event.api_version !== STRIPE_API_VERSION) {
    deps.log?.(
      `[stripe] refused ${event.type} ${event.id}: rendered at API version ${event.api_version ?? "(none)"}, but this site reads ${STRIPE_API_VERSION}. ` +
        "Set the webhook endpoint's API version to it (npm run stripe:setup); Stripe will deliver the event again.",
    );
    return { status: 422, body: { received: false, error: "unsupported API version" }, progressChanged: false };
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
