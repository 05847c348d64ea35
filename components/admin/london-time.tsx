import { formatLondonDateTime, formatLondonDateTimeSeconds, formatLondonLong, LONDON_TIME } from "@/lib/format/london-time";

const formats = { short: formatLondonDateTime, long: formatLondonLong, seconds: formatLondonDateTimeSeconds };

/**
 * A moment as staff read it: London time, labelled so, with the exact UTC instant in the
 * <time> element for machines. Tables say "(London time)" in their heading instead.
 */
export function LondonTime({ date, format = "short" }: { date: Date; format?: keyof typeof formats }) {
  return (
    <time dateTime={date.toISOString()}>
      {formats[format](date)} <span className="text-ink-muted">{LONDON_TIME}</span>
    </time>
  );
}
