const ukDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

/** "13 December 2017": the UK's long date, in London time. */
export function formatUkDate(date: Date): string {
  return ukDate.format(date);
}

/** "2017-12-13" for <time dateTime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
