import { HOUR, MINUTE, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";

// Without zod, so the sign-in form (in the browser) can name its limit (components/forms/rate-limit-field.tsx).

/** Asking for sign-in links: per connection, and per address asked for (lib/rate-limit/rate-limit.ts). */
export const signInLimits = {
  perConnection: rateLimit("sign-in requests", 10, 10 * MINUTE),
  perPerson: { perSender: rateLimit("sign-in requests for one address", 5, HOUR), emails: rateLimit("sign-in emails to one address", 20, HOUR) },
} as const satisfies FormLimits;
