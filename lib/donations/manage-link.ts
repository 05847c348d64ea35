import { safeEqual, sign } from "@/lib/security/app-secret";

// A monthly donor's link to change or cancel their gift: signed, so only the receipt's holder
// can use it; it opens Stripe's customer portal (or the test-mode page) when followed.

export function manageToken(donationId: string): string {
  return sign("donation-manage", donationId);
}

export function manageUrl(siteUrl: string, donationId: string): string {
  return `${siteUrl}/donate/manage?d=${encodeURIComponent(donationId)}&t=${manageToken(donationId)}`;
}

export function isValidManageToken(donationId: string, token: string): boolean {
  return donationId.length <= 64 && safeEqual(manageToken(donationId), token);
}
