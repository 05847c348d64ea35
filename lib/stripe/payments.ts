import crypto from "node:crypto";
import type Stripe from "stripe";

export type CheckoutRequest = {
  donationId: string;
  mode: "payment" | "subscription";
  lineItems: { name: string; unitAmountPence: number; quantity: number }[];
  customerEmail?: string;
  successUrl: string;
  cancelUrl: string;
  /** One per donation attempt: a retry or double click gets the same session. */
  idempotencyKey: string;
};

/** What the site needs from a payment provider. */
export type Payments = {
  mode: "stripe" | "test";
  /** Whether a payment moves real money (live keys): recorded on every donation. */
  livemode: boolean;
  createCheckoutSession(request: CheckoutRequest): Promise<{ id: string; url: string }>;
  /** Where a monthly donor manages or cancels their gift. */
  customerPortalUrl(customerId: string, returnUrl: string): Promise<string>;
  /**
   * Whether the donor finished this checkout (paid, or a slower method still processing), for
   * the thank-you page when it is reached before the webhook's event.
   */
  checkoutCompleted(sessionId: string): Promise<boolean>;
};

export class PaymentProviderError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "PaymentProviderError";
  }
}

/** Stripe Checkout through the official SDK; `livemode` from the key (lib/stripe/payment-mode.ts). */
export function stripePayments(stripe: Stripe, livemode: boolean): Payments {
  return {
    mode: "stripe",
    livemode,
    async createCheckoutSession(request) {
      const metadata = { donationId: request.donationId };
      const recurring = request.mode === "subscription" ? { recurring: { interval: "month" as const } } : {};
      try {
        const session = await stripe.checkout.sessions.create(
          {
            mode: request.mode,
            // Stripe shows "Donate" on the button; only for one-off payments.
            ...(request.mode === "payment" ? { submit_type: "donate" as const, payment_intent_data: { metadata } } : { subscription_data: { metadata } }),
            currency: "gbp",
            line_items: request.lineItems.map((item) => ({
              quantity: item.quantity,
              price_data: { currency: "gbp", unit_amount: item.unitAmountPence, product_data: { name: item.name }, ...recurring },
            })),
            client_reference_id: request.donationId,
            metadata,
            ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
            success_url: request.successUrl,
            cancel_url: request.cancelUrl,
          },
          { idempotencyKey: request.idempotencyKey },
        );
        if (!session.url) throw new Error("Stripe returned a session without a URL");
        return { id: session.id, url: session.url };
      } catch (error) {
        throw new PaymentProviderError("Stripe could not start the checkout", error);
      }
    },
    async customerPortalUrl(customerId, returnUrl) {
      try {
        return (await stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl })).url;
      } catch (error) {
        throw new PaymentProviderError("Stripe could not open the donor's account page", error);
      }
    },
    async checkoutCompleted(sessionId) {
      try {
        return (await stripe.checkout.sessions.retrieve(sessionId)).status === "complete";
      } catch (error) {
        throw new PaymentProviderError("Stripe could not say how the checkout went", error);
      }
    },
  };
}

/**
 * The built-in test mode (no STRIPE_SECRET_KEY): a checkout page on this site, clearly marked
 * "Test mode: no money moves", whose buttons send signed events through the real webhook path.
 */
export function testModePayments(siteUrl: string): Payments {
  return {
    mode: "test",
    livemode: false,
    async createCheckoutSession(request) {
      // Derived from the idempotency key: a double click finds the same test session.
      const id = `cs_test_local_${crypto.createHash("sha256").update(request.idempotencyKey).digest("hex").slice(0, 24)}`;
      return { id, url: `${siteUrl}/donate/test-checkout/${id}` };
    },
    async customerPortalUrl(_customerId, returnUrl) {
      return returnUrl;
    },
    // The built-in checkout pays through the webhook path before it sends the donor on, so a
    // test donation still pending was never completed.
    async checkoutCompleted() {
      return false;
    },
  };
}
