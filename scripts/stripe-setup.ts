// npm run stripe:setup [-- --replace]   creates or updates this site's Stripe webhook endpoint:
// the SDK's API version, exactly the events the site handles, at SITE_URL/api/stripe/webhook.
// Reads STRIPE_SECRET_KEY and SITE_URL (and STRIPE_API_BASE, for the tests' fake Stripe) from the
// environment or .env. See lib/stripe/set-up-webhook-endpoint.ts and the README's Stripe section.
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { createStripe } from "../lib/stripe/create-stripe";
import { readSetupSettings, SetupRefusal, webhookEndpointUrl } from "../lib/stripe/webhook-setup-settings";

let replace: boolean;
try {
  replace = parseArgs({ options: { replace: { type: "boolean", default: false } }, allowPositionals: false }).values.replace;
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run stripe:setup [-- --replace]`);
  process.exit(2);
}

// .env files as Next.js loads them (the shell's own variables win).
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

try {
  const settings = readSetupSettings(process.env);
  const url = webhookEndpointUrl(settings.siteUrl);
  // The list of handled events lives with the webhook's handlers, whose imports load lib/env.ts,
  // which refuses a secret key without STRIPE_WEBHOOK_SECRET: the very secret this command makes.
  // The key has been read; the modules loaded from here on see the site's other settings only.
  delete process.env.STRIPE_SECRET_KEY;
  const { setUpWebhookEndpoint } = await import("../lib/stripe/set-up-webhook-endpoint");
  const stripe = createStripe(settings.secretKey, settings.apiBase);
  process.exitCode = await setUpWebhookEndpoint(stripe, { secretKey: settings.secretKey, url, replace, say: (line) => console.log(line) });
} catch (error) {
  if (error instanceof SetupRefusal) {
    console.error(error.message);
  } else {
    // Stripe's own message says what is wrong (a bad key, a missing permission, no connection).
    console.error(`The request to Stripe failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
