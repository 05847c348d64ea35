import { isoDate } from "./date";

// Staff count days as London has them: a gift at 00:30 on a summer morning in London is that
// day's, though it is still yesterday in UTC. Days are "YYYY-MM-DD" strings.

const DAY_MS = 86_400_000;

/** The London day a moment falls on. */
export function londonDay(moment: Date): string {
  return isoDate(moment);
}

const offsetFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "longOffset" });

/** London's offset from UTC at a moment, in milliseconds (0 in winter, 3,600,000 in summer). */
function londonOffsetMs(moment: Date): number {
  const name = offsetFormat.formatToParts(moment).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** The moment a London day begins (midnight in London), for comparing with stored UTC times. */
export function startOfLondonDay(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Midnight in London is never inside a clock change (those happen at 01:00 UTC), so the offset
  // an hour either side of the guess settles it.
  const guess = utcMidnight - londonOffsetMs(new Date(utcMidnight));
  return new Date(utcMidnight - londonOffsetMs(new Date(guess)));
}

/** The day `n` days after (or before) a day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}
