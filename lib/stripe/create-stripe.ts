import Stripe from "stripe";

/**
 * A Stripe SDK client for one secret key. `apiBase` points it at another origin (the tests' local
 * fake of Stripe's API). Reads no environment, so `npm run stripe:setup` can use it before the
 * site is fully configured.
 */
export function createStripe(secretKey: string, apiBase?: string): Stripe {
  const base = apiBase ? new URL(apiBase) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: base ? 0 : 2,
    timeout: 10_000,
    ...(base ? { host: base.hostname, port: Number(base.port || 80), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
  });
}
