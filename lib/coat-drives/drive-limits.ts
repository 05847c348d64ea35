import { DAY, HOUR, rateLimit, type FormLimits } from "@/lib/rate-limit/rate-limit";

// ── Coat drives (issue #18) ──
// The limits and lengths of the coat-drive forms, without zod, so the forms (in the browser) and
// the schemas (lib/coat-drives/drive-schema.ts) read the same figures.

export const NAME_MAX = 80;
export const ORGANISER_NAME_MAX = 70;
export const STORY_MAX = 3000;
export const GOAL_MIN = 5;
export const GOAL_MAX = 5000;
export const REPORT_MAX_COATS = 2000;
export const REPORT_NOTE_MAX = 500;
export const PHOTO_ALT_MAX = 200;
/** The latest end date: a drive runs for at most a year. */
export const MAX_DAYS_AHEAD = 366;

/** Starting a drive: per connection, and per organiser address (lib/rate-limit/rate-limit.ts). */
export const startDriveLimits = {
  perConnection: rateLimit("coat drives started", 5, HOUR),
  perPerson: { perSender: rateLimit("coat drives started for one address", 3, DAY), emails: rateLimit("coat drive emails to one address", 6, DAY) },
} as const satisfies FormLimits;

/** Reports of coats collected, per connection (the organiser's link is checked too). */
export const reportCoatsLimits = {
  perConnection: rateLimit("coat drive reports", 10, HOUR),
} as const satisfies FormLimits;

/** Saves from the organiser's private edit page, per connection. */
export const editDriveLimits = {
  perConnection: rateLimit("coat drive edits", 30, HOUR),
} as const satisfies FormLimits;
/** "Email me a new link": per connection, and per organiser address (the same inbox cap as starting a drive). */
export const editLinkLimits = {
  perConnection: rateLimit("coat drive link requests", 10, HOUR),
  perPerson: { perSender: rateLimit("coat drive link requests for one address", 3, DAY), emails: startDriveLimits.perPerson.emails },
} as const satisfies FormLimits;
// ── end coat drives ──
