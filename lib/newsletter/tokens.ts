import { sign, safeEqual } from "@/lib/security/app-secret";

// Tokens are derived, never stored: HMAC-SHA256 with the server's secret (256 bits), so a copy of
// the database alone cannot confirm or unsubscribe anyone.

/** The confirmation token for one signup attempt; the same on every retry of its email. */
export function confirmToken(subscriberId: string, nonce: string): string {
  return sign("newsletter-confirm", `${subscriberId}:${nonce}`);
}

/** A subscriber's personal unsubscribe token, the same in every email they get. */
export function unsubscribeToken(subscriberId: string): string {
  return sign("newsletter-unsubscribe", subscriberId);
}

export function isValidUnsubscribeToken(subscriberId: string, token: string): boolean {
  return safeEqual(unsubscribeToken(subscriberId), token);
}
