import "server-only";
import { env } from "@/lib/env";
import { paymentKeyMode } from "./payment-mode";

/**
 * Whether this site takes real money: live Stripe keys. Public totals count the donations of the
 * site's own mode, so test gifts never count on a live site, and a demo's totals still move.
 */
export function siteTakesLivePayments(): boolean {
  return paymentKeyMode(env.STRIPE_SECRET_KEY) === "live";
}
