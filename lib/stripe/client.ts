import "server-only";
import type Stripe from "stripe";
import { env } from "@/lib/env";
import { createStripe } from "./create-stripe";

export { createStripe };

let client: Stripe | null | undefined;

/** The Stripe SDK when STRIPE_SECRET_KEY is set; null in the built-in test mode. */
export function stripeClient(): Stripe | null {
  if (client !== undefined) return client;
  if (!env.STRIPE_SECRET_KEY) return (client = null);
  return (client = createStripe(env.STRIPE_SECRET_KEY, env.STRIPE_API_BASE));
}
