const ukDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

/** "13 December 2017": the UK's long date, in London time. */
export function formatUkDate(date: Date): string {
  return ukDate.format(date);
}

const londonDay = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/London" });

/** "2017-12-13" for <time dateTime>: the same London day formatUkDate shows. */
export function isoDate(date: Date): string {
  return londonDay.format(date);
}

const ukDateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** "13 Dec 2017, 14:05": a moment, in London time. */
export function formatUkDateTime(date: Date): string {
  return ukDateTime.format(date);
}

const ukDateTimeSeconds = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "medium", timeZone: "Europe/London" });

/** "3 December 2025 at 14:05:09": a moment to the second, in London time (events close together). */
export function formatUkDateTimeSeconds(date: Date): string {
  return ukDateTimeSeconds.format(date);
}
