import { DAY, HOUR, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";

/**
 * "Email me a new link" on /donate/manage (app/(site)/donate/manage/actions.ts): per connection,
 * told how long to wait; per address asked from one connection, and per inbox, answered the same
 * and nothing sent.
 */
export const manageLinkLimits = {
  perConnection: rateLimit("manage link requests", 10, HOUR),
  perPerson: { perSender: rateLimit("manage link requests for one address", 3, HOUR), emails: rateLimit("manage link emails to one address", 10, DAY) },
} as const satisfies FormLimits;
