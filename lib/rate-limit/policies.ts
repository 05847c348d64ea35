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
} as const;

export type RateLimitName = keyof typeof rateLimits;
