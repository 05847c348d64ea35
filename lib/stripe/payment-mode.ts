/**
 * Whether a Stripe key moves real money: sk_live_/rk_live_ keys are live; test keys and no key
 * at all (the built-in test checkout) are test. Every donation records the mode it was made in.
 */
export function paymentKeyMode(secretKey: string | undefined): "live" | "test" {
  return secretKey && /^(sk|rk)_live_/.test(secretKey) ? "live" : "test";
}
