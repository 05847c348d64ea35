import { DAY, HOUR, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";

// The coat wall's figures, without zod, so the form (in the browser) and the schema
// (lib/coat-wall/photo-schema.ts) read the same ones.

export const FIRST_NAME_MAX = 40;
export const TOWN_MAX = 60;
export const MESSAGE_MAX = 280;
/** How long a confirmation link works; an upload never confirmed is deleted after it (lib/coat-wall/purge-unconfirmed.ts). */
export const CONFIRM_HOURS = 72;
/** Reports from different connections that take an approved photo off the wall until staff look again. */
export const REPORTS_TO_HIDE = 3;

/** Uploads per connection, and per email address named (lib/rate-limit/rate-limit.ts). */
export const coatWallLimits = {
  perConnection: rateLimit("coat wall photos", 10, HOUR),
  perPerson: { perSender: rateLimit("coat wall photos for one address", 5, DAY), emails: rateLimit("coat wall emails to one address", 10, DAY) },
} as const satisfies FormLimits;

/** "Report this photo", per connection. */
export const photoReportLimits = { perConnection: rateLimit("photo reports", 10, HOUR) } as const satisfies FormLimits;
