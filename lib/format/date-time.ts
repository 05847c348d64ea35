const ukDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "medium", timeZone: "Europe/London" });

/** "3 December 2025 at 14:05:09": a moment in London time, to the second (events are close together). */
export function formatUkDateTime(date: Date): string {
  return ukDateTime.format(date);
}
