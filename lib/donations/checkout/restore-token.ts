import { safeEqual, sign } from "@/lib/security/app-secret";

// What lets a donor who cancels at Stripe come back to a form that still holds everything: a
// signed, dated value naming their pending donation, `<donation id>.<expiry>.<HMAC of both>`.
// It is kept in the donor's own browser (an httpOnly cookie for /donate, set when they leave for
// checkout), never in an address: a cancel link that is shared, or found in a history, restores
// nothing, and no other browser can show this donor's name and address.

/** As long as a Stripe Checkout Session stays open. */
export const RESTORE_HOURS = 24;
const LIFETIME_SECONDS = RESTORE_HOURS * 60 * 60;

export const RESTORE_COOKIE = "donate-restore";

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);
const signature = (donationId: string, expires: number): string => sign("donation-restore", `${donationId}.${expires}`);

export function restoreToken(donationId: string, now: Date = new Date()): string {
  const expires = seconds(now) + LIFETIME_SECONDS;
  return `${donationId}.${expires}.${signature(donationId, expires)}`;
}

/** The donation a token names, when this site signed it and it is still in date; otherwise null. */
export function donationFromRestoreToken(token: string, now: Date = new Date()): string | null {
  if (token.length > 200) return null;
  const match = /^([A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, donationId = "", expiresText = "", given = ""] = match;
  const expires = Number(expiresText);
  if (!safeEqual(signature(donationId, expires), given)) return null;
  return seconds(now) < expires ? donationId : null;
}
