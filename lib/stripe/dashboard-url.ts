/** What Stripe's dashboard has a page for, by the id's kind. Checkout Sessions have none. */
export type StripeObjectKind = "payment" | "customer" | "subscription" | "invoice" | "event";

const paths: Record<StripeObjectKind, string> = {
  payment: "payments",
  customer: "customers",
  subscription: "subscriptions",
  invoice: "invoices",
  event: "events",
};

/**
 * The key's mode: test keys see test-mode objects under /test in the dashboard, live keys see
 * live ones at the root. No key (the built-in test mode) or a key aimed at another API origin (the
 * test suite's fake) means the ids exist in no dashboard: null.
 */
export function stripeKeyMode(secretKey: string | undefined, apiBase: string | undefined): "test" | "live" | null {
  if (!secretKey || apiBase) return null;
  return /^(sk|rk)_test_/.test(secretKey) ? "test" : /^(sk|rk)_live_/.test(secretKey) ? "live" : null;
}

/** The dashboard page of a Stripe object, or null when there is no dashboard to link to. */
export function stripeDashboardUrl(mode: "test" | "live" | null, kind: StripeObjectKind, id: string): string | null {
  if (!mode || !/^[A-Za-z0-9_]+$/.test(id)) return null;
  return `https://dashboard.stripe.com${mode === "test" ? "/test" : ""}/${paths[kind]}/${id}`;
}
