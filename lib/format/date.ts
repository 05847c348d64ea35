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

// Moments (a date with a time) are London time's to format: lib/format/london-time.ts, where the
// staff pages also find the label to put beside them.
export { formatLondonDateTime as formatUkDateTime, formatLondonDateTimeSeconds as formatUkDateTimeSeconds } from "@/lib/format/london-time";
