const ukDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

/** "13 December 2026 at 14:05": a moment in London time, for staff pages. */
export function formatUkDateTime(date: Date): string {
  return ukDateTime.format(date);
}
