// Staff read and enter every time in London time (Europe/London: GMT in winter, BST in summer),
// and the database keeps UTC. This module is the one place that turns one into the other: it
// formats instants for reading and for a <input type="datetime-local">, and parses what such an
// input sends back, which carries no zone at all ("2026-06-01T09:30").

export const LONDON_ZONE = "Europe/London";

/** The words every staff page puts beside a time it shows or asks for. */
export const LONDON_TIME = "London time";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const wallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The time London's clocks showed at an instant. */
function londonWall(instant: number): Wall {
  const part = Object.fromEntries(wallClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(part.year),
    month: Number(part.month),
    day: Number(part.day),
    hour: Number(part.hour),
    minute: Number(part.minute),
    second: Number(part.second),
  };
}

/** London's clocks ahead of UTC at an instant, in minutes: 0 (GMT) or 60 (BST). */
function offsetMinutes(instant: number): number {
  const w = londonWall(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

const two = (n: number) => String(n).padStart(2, "0");

/** "2026-06-01T09:30": an instant as London's clocks showed it, for a datetime-local input's value. */
export function toLondonInputValue(date: Date): string {
  const w = londonWall(date.getTime());
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

export type LondonParse =
  | { ok: true; date: Date; /** The time happened twice (the night the clocks go back): the first was taken. */ ambiguous: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "skipped"; /** "01:30 on 29 March 2026" */ wall: string };

const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * What a datetime-local input's value means in London, as a UTC instant.
 *
 * - The night the clocks go back (last Sunday of October) shows 01:00 to 01:59 twice, first in
 *   BST and then in GMT: such a time means the **first** occurrence (BST, the earlier instant),
 *   and the answer says it was ambiguous.
 * - The night the clocks go forward (last Sunday of March) skips 01:00 to 01:59: such a time
 *   never happens in London and is refused (`skipped`), for the form to say so.
 */
export function parseLondonInput(value: string): LondonParse {
  const m = inputPattern.exec(value.trim());
  if (!m) return { ok: false, reason: "invalid" };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return { ok: false, reason: "invalid" };
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 31 February over into March: a real day reads back the same.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { ok: false, reason: "invalid" };

  // The offsets in force around that day (London changes at most once in a day), each tried.
  const offsets = new Set([offsetMinutes(wall - DAY), offsetMinutes(wall), offsetMinutes(wall + DAY)]);
  const instants = [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => instant + offsetMinutes(instant) * MINUTE === wall)
    .sort((a, b) => a - b);
  const first = instants[0];
  if (first === undefined)
    return { ok: false, reason: "skipped", wall: `${two(hour)}:${two(minute)} on ${londonDate.format(Date.UTC(year, month - 1, day, 12))}` };
  return { ok: true, date: new Date(first), ambiguous: instants.length > 1 };
}

const londonDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: LONDON_ZONE,
});

/** "13 Dec 2017, 14:05": a moment, in London time (label it: the words are LONDON_TIME). */
export function formatLondonDateTime(date: Date): string {
  return dateTime.format(date);
}

const dateTimeSeconds = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "medium", timeZone: LONDON_ZONE });

/** "3 December 2025 at 14:05:09": a moment to the second, in London time (events close together). */
export function formatLondonDateTimeSeconds(date: Date): string {
  return dateTimeSeconds.format(date);
}

const longDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: LONDON_ZONE });

/** "1 June 2026 at 09:30": a moment in full, in London time (label it). */
export function formatLondonLong(date: Date): string {
  return longDateTime.format(date);
}

/** "1 June 2026 at 09:30 London time (BST)": a moment in a sentence, labelled, with the clocks' season. */
export function describeLondonTime(date: Date): string {
  return `${longDateTime.format(date)} ${LONDON_TIME} (${offsetMinutes(date.getTime()) === 0 ? "GMT" : "BST"})`;
}
