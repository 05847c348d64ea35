import { z } from "zod";
import { isLocalOrigin } from "@/lib/startup/local-origin";

// What `npm run stripe:setup` needs from the environment, checked before anything else loads:
// nothing here imports lib/env.ts (see scripts/stripe-setup.ts).

/** The path Stripe posts events to (app/api/stripe/webhook/route.ts). */
export const WEBHOOK_PATH = "/api/stripe/webhook";

/** A setting the command cannot work with: printed as it is, exit status 1. */
export class SetupRefusal extends Error {}

export type SetupSettings = { secretKey: string; siteUrl: string; apiBase: string | undefined };

const unsetWhenEmpty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

// The same rules as lib/env.ts for these variables. lib/env.ts itself cannot be loaded here: it
// refuses STRIPE_SECRET_KEY without STRIPE_WEBHOOK_SECRET, which is what this command makes.
const settingsSchema = z.object({
  STRIPE_SECRET_KEY: z.preprocess(
    unsetWhenEmpty,
    z
      .string({ error: "is not set: copy the secret key from Stripe's Dashboard (Developers → API keys)" })
      .regex(/^(sk|rk)_(test|live)_/, "must start with sk_test_, sk_live_, rk_test_ or rk_live_"),
  ),
  SITE_URL: z.preprocess(
    unsetWhenEmpty,
    z.url({ protocol: /^https?$/, error: "is not set: set it to the site's public address, e.g. https://appeal.example.org" }),
  ),
  STRIPE_API_BASE: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/ }).optional()),
});

/** The settings the command needs, from the environment; a SetupRefusal naming each problem. */
export function readSetupSettings(source: Record<string, string | undefined>): SetupSettings {
  const parsed = settingsSchema.safeParse(source);
  if (!parsed.success) {
    throw new SetupRefusal(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("\n"));
  }
  return { secretKey: parsed.data.STRIPE_SECRET_KEY, siteUrl: parsed.data.SITE_URL.replace(/\/+$/, ""), apiBase: parsed.data.STRIPE_API_BASE };
}

/** SITE_URL's webhook address. Refuses plain http anywhere but this machine. */
export function webhookEndpointUrl(siteUrl: string): string {
  const url = new URL(WEBHOOK_PATH, siteUrl);
  if (url.protocol !== "https:" && !isLocalOrigin(url.origin)) {
    throw new SetupRefusal(`SITE_URL is ${siteUrl}: Stripe must send payment events over https. Set SITE_URL to the site's https:// address.`);
  }
  return url.toString();
}
