import { safeEqual, sign } from "@/lib/security/app-secret";

// A monthly donor's link to change or cancel their gift: signed, so only the email's holder can
// use it, and dated, so a link found in an old mailbox or a forwarded receipt stops working. The
// token is `<expiry in Unix seconds>.<HMAC of the donation id and that expiry>`: the expiry is
// inside what is signed, so changing it breaks the signature, and nothing is stored.

/** How long a manage link works after it is sent: a monthly receipt always brings a fresh one. */
export const MANAGE_LINK_DAYS = 30;
const LIFETIME_SECONDS = MANAGE_LINK_DAYS * 24 * 60 * 60;

export type ManageTokenCheck = "valid" | "expired" | "invalid";

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);
const signature = (donationId: string, expires: number): string => sign("donation-manage", `${donationId}.${expires}`);

export function manageToken(donationId: string, now: Date = new Date()): string {
  const expires = seconds(now) + LIFETIME_SECONDS;
  return `${expires}.${signature(donationId, expires)}`;
}

export function manageUrl(siteUrl: string, donationId: string, now: Date = new Date()): string {
  return `${siteUrl}/donate/manage?d=${encodeURIComponent(donationId)}&t=${manageToken(donationId, now)}`;
}

/**
 * Whether a link's token is this donation's and still in date. The signature is checked first,
 * so "expired" is only ever said of a link this site really sent.
 */
export function checkManageToken(donationId: string, token: string, now: Date = new Date()): ManageTokenCheck {
  if (donationId.length === 0 || donationId.length > 64 || token.length > 128) return "invalid";
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return "invalid";
  const expires = Number(match[1]);
  if (!safeEqual(signature(donationId, expires), match[2] ?? "")) return "invalid";
  return seconds(now) < expires ? "valid" : "expired";
}

export function isValidManageToken(donationId: string, token: string, now: Date = new Date()): boolean {
  return checkManageToken(donationId, token, now) === "valid";
}
