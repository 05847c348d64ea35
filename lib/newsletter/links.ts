import { confirmToken, unsubscribeToken } from "./tokens";

export function confirmUrl(siteUrl: string, subscriberId: string, nonce: string): string {
  return `${siteUrl}/newsletter/confirm?token=${encodeURIComponent(confirmToken(subscriberId, nonce))}`;
}

/** The page where a person can unsubscribe (and resubscribe). */
export function unsubscribeUrl(siteUrl: string, subscriberId: string): string {
  return `${siteUrl}/newsletter/unsubscribe?s=${encodeURIComponent(subscriberId)}&t=${encodeURIComponent(unsubscribeToken(subscriberId))}`;
}

/** RFC 8058 one-click target: mail clients POST `List-Unsubscribe=One-Click` here, without cookies. */
export function oneClickUnsubscribeUrl(siteUrl: string, subscriberId: string): string {
  return `${siteUrl}/newsletter/unsubscribe/one-click?s=${encodeURIComponent(subscriberId)}&t=${encodeURIComponent(unsubscribeToken(subscriberId))}`;
}

/** The headers every newsletter carries so mail clients can offer "Unsubscribe". */
export function listUnsubscribeHeaders(siteUrl: string, subscriberId: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(siteUrl, subscriberId)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
