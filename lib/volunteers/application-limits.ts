import { DAY, HOUR, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";

// The volunteer application's limits, without zod, so the form (in the browser) and the schema
// (lib/volunteers/application-schema.ts) read the same figures.

/** The furthest ahead we plan: a start date within a year of today. */
export const MAX_DAYS_AHEAD = 365;
/** One application covers up to six months; longer stays are arranged with the coordinator. */
export const MAX_SPAN_DAYS = 183;
export const MAX_NOTE_LENGTH = 2000;

/** Applications per connection, and per address (lib/rate-limit/rate-limit.ts). */
export const volunteerLimits = {
  perConnection: rateLimit("volunteer applications", 10, HOUR),
  perPerson: { perSender: rateLimit("volunteer applications for one address", 3, DAY), emails: rateLimit("volunteer emails to one address", 10, DAY) },
} as const satisfies FormLimits;
