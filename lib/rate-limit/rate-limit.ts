/**
 * A limit: at most `points` uses in `duration` seconds for one key (a client address, a hashed
 * email address). `name` says in words what is counted ("donation attempts"): it is what a person
 * is told they have sent too many of, and, with the figures, the limit's own prefix in the
 * rate_limits table, so two limits never share a count.
 *
 * A limit is declared where it is used (a form's limits beside its schema, as `formLimits`), never
 * in a central list: lib/rate-limit/consume.ts counts any of them, and a public form names its
 * per-connection limit in a hidden field for proxy.ts (components/forms/rate-limit-field.tsx).
 */
export type RateLimit = { readonly name: string; readonly points: number; readonly duration: number };

export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function rateLimit(name: string, points: number, duration: number): RateLimit {
  if (!LIMIT_NAME.test(name)) throw new Error(`A limit's name is words in lower case: ${JSON.stringify(name)}`);
  if (!Number.isSafeInteger(points) || points < 1 || points > MAX_POINTS) throw new RangeError(`A limit allows 1 to ${MAX_POINTS} uses, not ${points}`);
  if (!Number.isSafeInteger(duration) || duration < 1 || duration > MAX_DURATION)
    throw new RangeError(`A limit's window is 1 s to ${MAX_DURATION} s, not ${duration}`);
  return { name, points, duration };
}

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
export type PersonLimit = { readonly perSender: RateLimit; readonly emails: RateLimit };

/** A public form's limits (lib/forms/public-action.ts): per client address, and optionally per person named. */
export type FormLimits = { readonly perConnection: RateLimit; readonly perPerson?: PersonLimit };

const LIMIT_NAME = /^[a-z][a-z -]{0,59}$/;
const MAX_POINTS = 100_000;
const MAX_DURATION = 31 * DAY;

/** The limit's prefix in the rate_limits table, and what a form's `rate-limit` field carries: "donation attempts/20/600". */
export const limitId = (limit: RateLimit) => `${limit.name}/${limit.points}/${limit.duration}`;

/** A limit read back from its id (as a form posted it), or null when the text is not one. */
export function parseLimitId(text: string): RateLimit | null {
  const match = /^([a-z][a-z -]{0,59})\/([1-9][0-9]{0,5})\/([1-9][0-9]{0,7})$/.exec(text);
  if (!match) return null;
  const [, name, points, duration] = match;
  if (Number(points) > MAX_POINTS || Number(duration) > MAX_DURATION) return null;
  return { name: name!, points: Number(points), duration: Number(duration) };
}
