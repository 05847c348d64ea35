/** Every limit on public forms, in one place: points per window (seconds). */
export const rateLimits = {
  signupPerIp: { points: 10, duration: 10 * 60 },
  signupPerEmail: { points: 3, duration: 60 * 60 },
  signupEmailsPerEmail: { points: 10, duration: 24 * 60 * 60 },
  checkoutPerIp: { points: 20, duration: 10 * 60 },
  signInPerIp: { points: 10, duration: 10 * 60 },
  signInPerEmail: { points: 5, duration: 60 * 60 },
  signInEmailsPerEmail: { points: 20, duration: 60 * 60 },
  volunteerPerIp: { points: 10, duration: 60 * 60 },
  volunteerPerEmail: { points: 3, duration: 24 * 60 * 60 },
  volunteerEmailsPerEmail: { points: 10, duration: 24 * 60 * 60 },
  postcodeLookupPerIp: { points: 30, duration: 10 * 60 },
  // "Email me a new link" on /donate/manage (lib/donations/request-manage-links.ts).
  manageLinkPerIp: { points: 10, duration: 60 * 60 },
  manageLinkPerEmailAndIp: { points: 3, duration: 60 * 60 },
} as const;

/**
 * The limits that protect a named person (an inbox), each in two parts (lib/rate-limit/per-person.ts):
 *
 * - `perSender`: per email address *and* client address. This is the one a person meets: asking
 *   again and again for the same address from one connection is answered as the form says
 *   (refused, or quietly not sent). Because it is counted per connection, a stranger spending it
 *   spends only their own allowance for that address, never the owner's: before, five requests
 *   from anyone silenced a named colleague's sign-in emails for an hour.
 * - `emails`: per email address alone, a higher cap on how many emails the site sends to one
 *   inbox, whoever asks, so the site can't be used to flood it from many connections. It never
 *   refuses anyone: over it, the request is answered exactly as if the email had gone, and no
 *   email is sent. Strangers with many addresses could still spend it and delay the owner's
 *   email by up to its window; that is the price of not being a mail cannon, and it takes a
 *   spread of connections rather than one script.
 */
export const personLimits = {
  signIn: { perSender: "signInPerEmail", emails: "signInEmailsPerEmail" },
  signup: { perSender: "signupPerEmail", emails: "signupEmailsPerEmail" },
  volunteer: { perSender: "volunteerPerEmail", emails: "volunteerEmailsPerEmail" },
} as const;

export type PersonLimit = keyof typeof personLimits;

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
