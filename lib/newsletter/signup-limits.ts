import { DAY, HOUR, MINUTE, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";

// Without zod, so the signup form (in the browser) can name its limit (components/forms/rate-limit-field.tsx).

/** Sign-ups per connection, and per address asked for (lib/rate-limit/rate-limit.ts); resubscribing counts per address too. */
export const signupLimits = {
  perConnection: rateLimit("newsletter sign-ups", 10, 10 * MINUTE),
  perPerson: { perSender: rateLimit("newsletter sign-ups for one address", 3, HOUR), emails: rateLimit("newsletter emails to one address", 10, DAY) },
} as const satisfies FormLimits;
