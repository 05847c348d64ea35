import type Stripe from "stripe";
import { handledEventTypes } from "@/lib/donations/webhook/apply-stripe-event";
import { isLocalOrigin } from "@/lib/startup/local-origin";
import { STRIPE_API_VERSION } from "./api-version";
import { paymentKeyMode } from "./payment-mode";

/*
 * `npm run stripe:setup`: makes Stripe's webhook endpoint for this site exactly what the site
 * handles. The endpoint is found by its URL (SITE_URL + /api/stripe/webhook):
 *   none                           created with the SDK's API version and the handled events; its
 *                                  signing secret is printed once, as the STRIPE_WEBHOOK_SECRET line
 *   ours, same API version         its events set to exactly the handled ones (and re-enabled)
 *   ours, another API version      Stripe cannot change an endpoint's version: refused, with what
 *                                  to do; with --replace a new endpoint is created first, then the
 *                                  old one deleted (events are never dropped in between: deliveries
 *                                  the site cannot check yet fail, and Stripe retries them)
 */

/** Same address, whatever trailing slash or letter case of the host. */
function sameUrl(a: string, b: string): boolean {
  try {
    const strip = (u: string) => new URL(u).toString().replace(/\/+$/, "");
    return strip(a) === strip(b);
  } catch {
    return false;
  }
}

function keyLine(secretKey: string): string {
  const shown = `${secretKey.slice(0, secretKey.indexOf("_", 3) + 1)}…${secretKey.slice(-4)}`;
  return paymentKeyMode(secretKey) === "live"
    ? `Stripe key: LIVE (${shown}). This sets up the endpoint for real donations.`
    : `Stripe key: TEST (${shown}). This sets up the endpoint for test payments only (no money moves); run it again with the live key (sk_live_…) for real donations.`;
}

export type SetUpOptions = {
  secretKey: string;
  /** The endpoint's URL (webhookEndpointUrl). */
  url: string;
  /** Create a new endpoint and delete ours of another API version. */
  replace: boolean;
  /** Each line of the report, as it happens. */
  say: (line: string) => void;
  /** Fixed by the site; parameters for the tests. */
  apiVersion?: string;
  events?: readonly string[];
};

/** Sets the endpoint up; the process exit status: 0 done, 1 refused (nothing changed). */
export async function setUpWebhookEndpoint(stripe: Stripe, options: SetUpOptions): Promise<0 | 1> {
  const { url, replace, say } = options;
  const apiVersion = options.apiVersion ?? STRIPE_API_VERSION;
  const events = [...(options.events ?? handledEventTypes)].sort();

  say(keyLine(options.secretKey));
  say(`Endpoint: ${url}`);
  say(`API version: ${apiVersion} (the one the installed Stripe SDK speaks)`);
  say(`Events (${events.length}): ${events.join(", ")}`);
  if (isLocalOrigin(url)) say(`Note: Stripe's servers cannot reach ${new URL(url).host}; events will only arrive once the site is at a public https address.`);

  const ours: Stripe.WebhookEndpoint[] = [];
  for await (const endpoint of stripe.webhookEndpoints.list({ limit: 100 })) {
    if (sameUrl(endpoint.url, url)) ours.push(endpoint);
  }
  const keep = ours.find((e) => e.api_version === apiVersion);
  const stale = ours.filter((e) => e !== keep);

  if (stale.length > 0) {
    for (const e of stale) {
      say(
        e.api_version === apiVersion
          ? `${e.id} is a second endpoint for this address: Stripe sends every event to both, and the site can check only one signing secret.`
          : `${e.id} sends events as API version ${e.api_version ?? "(the account's default)"}, not ${apiVersion}: the site refuses those events, and Stripe cannot change an endpoint's API version.`,
      );
    }
    if (!replace) {
      say(
        keep
          ? "Nothing changed. Run `npm run stripe:setup -- --replace` to delete the extra endpoint(s) listed above."
          : "Nothing changed. Run `npm run stripe:setup -- --replace` to create a new endpoint with the right API version (it prints its signing secret) and then delete the one(s) listed above.",
      );
      return 1;
    }
    say(
      `With --replace: ${keep ? `keep ${keep.id}` : "create a new endpoint"}, then delete ${stale.map((e) => e.id).join(", ")}. Until the site has the new signing secret, Stripe's deliveries to the new endpoint fail and are retried (for up to three days): no event is lost.`,
    );
  }

  if (keep) {
    const current = [...keep.enabled_events].sort();
    const added = events.filter((e) => !current.includes(e));
    const removed = current.filter((e) => !events.includes(e));
    const disabled = keep.status !== "enabled";
    if (added.length === 0 && removed.length === 0 && !disabled) {
      say(`${keep.id} is up to date: nothing to change.`);
    } else {
      await stripe.webhookEndpoints.update(keep.id, { enabled_events: events as Stripe.WebhookEndpointUpdateParams.EnabledEvent[], disabled: false });
      if (added.length) say(`${keep.id}: now also sends ${added.join(", ")}.`);
      if (removed.length) say(`${keep.id}: no longer sends ${removed.join(", ")}.`);
      if (disabled) say(`${keep.id}: was disabled, now enabled.`);
    }
    say("Its signing secret is unchanged: keep STRIPE_WEBHOOK_SECRET as it is.");
  } else {
    const created = await stripe.webhookEndpoints.create({
      url,
      api_version: apiVersion as Stripe.WebhookEndpointCreateParams.ApiVersion,
      enabled_events: events as Stripe.WebhookEndpointCreateParams.EnabledEvent[],
      description: "Winter appeal donations (npm run stripe:setup)",
    });
    say(`Created ${created.id}.`);
    say("Put this line in the site's environment (.env, or your host's settings) and restart the site:");
    say("");
    say(`STRIPE_WEBHOOK_SECRET=${created.secret ?? "(Stripe returned no secret: reveal it in the Dashboard, Developers → Webhooks)"}`);
    say("");
    say("Stripe shows this secret only now; the Dashboard (Developers → Webhooks → this endpoint) can reveal it again.");
  }

  for (const e of replace ? stale : []) {
    await stripe.webhookEndpoints.del(e.id);
    say(`Deleted ${e.id}.`);
  }
  return 0;
}
