import Stripe from "stripe";

/**
 * The one Stripe API version this site speaks: the version the installed SDK is pinned to. The SDK
 * sends it on every request, `npm run stripe:setup` creates the webhook endpoint with it, and the
 * webhook refuses events of any other version (their objects may have another shape).
 */
export const STRIPE_API_VERSION: string = Stripe.API_VERSION;
