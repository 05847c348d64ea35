/** Every limit on public forms, in one place: points per window (seconds). */
export const rateLimits = {
  signupPerIp: { points: 10, duration: 10 * 60 },
  signupPerEmail: { points: 3, duration: 60 * 60 },
  checkoutPerIp: { points: 20, duration: 10 * 60 },
  signInPerIp: { points: 10, duration: 10 * 60 },
  signInPerEmail: { points: 5, duration: 60 * 60 },
  volunteerPerIp: { points: 10, duration: 60 * 60 },
  volunteerPerEmail: { points: 3, duration: 24 * 60 * 60 },
  postcodeLookupPerIp: { points: 30, duration: 10 * 60 },
  // "Email me a new link" on /donate/manage (lib/donations/request-manage-links.ts).
  manageLinkPerIp: { points: 10, duration: 60 * 60 },
  manageLinkPerEmailAndIp: { points: 3, duration: 60 * 60 },
} as const;

export type RateLimitName = keyof typeof rateLimits;

/**
 * The public forms whose per-address limit proxy.ts enforces at the door for posts made without
 * script, by the name each form sends in its `rate-limit` field, and what a person is told they
 * have sent too many of.
 */
export const limitedForms = {
  checkout: { limit: "checkoutPerIp", what: "donation attempts" },
  signup: { limit: "signupPerIp", what: "newsletter sign-ups" },
  volunteer: { limit: "volunteerPerIp", what: "volunteer applications" },
  "sign-in": { limit: "signInPerIp", what: "sign-in requests" },
} as const satisfies Record<string, { limit: RateLimitName; what: string }>;

export type LimitedForm = keyof typeof limitedForms;
