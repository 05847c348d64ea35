// The exact words a subscriber agrees to, versioned: a change of wording gets a new version, and
// each consent record keeps the words and version that were shown.
export const newsletterConsent = {
  version: "2026-11-01",
  wording: "Email me news about the winter appeal and ways to help. I can unsubscribe at any time, and my address is never shared.",
} as const;

// "home" was the appeal's own box, which the footer's replaced on 2026-12-07: kept for the records
// that carry it, and for a page cached before that change.
export const signupSources = ["home", "footer", "newsletter-page", "unsubscribe-page", "donation"] as const;
export type SignupSource = (typeof signupSources)[number];

/** How long a confirmation link works. */
export const CONFIRM_TOKEN_HOURS = 72;
