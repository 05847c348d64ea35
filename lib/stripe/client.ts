import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

let client: Stripe | null | undefined;

/** The Stripe SDK when STRIPE_SECRET_KEY is set; null in the built-in test mode. */
export function stripeClient(): Stripe | null {
  if (client !== undefined) return client;
  if (!env.STRIPE_SECRET_KEY) return (client = null);
  return (client = createStripe(env.STRIPE_SECRET_KEY, env.STRIPE_API_BASE));
}

/** `apiBase` points the SDK at another origin (the tests' local fake of Stripe's API). */
export function createStripe(secretKey: string, apiBase?: string): Stripe {
  const base = apiBase ? new URL(apiBase) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: base ? 0 : 2,
    timeout: 10_000,
    ...(base ? { host: base.hostname, port: Number(base.port || 80), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
  });
}
