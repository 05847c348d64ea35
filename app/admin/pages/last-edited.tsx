import { staffName } from "@/lib/staff/staff-name";
import { formatLondonLong, LONDON_TIME } from "@/lib/format/london-time";

/** "Last edited by sam@example.org on 3 December 2026 at 14:05 (London time)." */
export function LastEdited({ updatedAt, by }: { updatedAt: Date; by: { name: string | null; email: string } | null }) {
  return (
    <>
      Last edited {by ? `by ${staffName(by)} ` : ""}on <time dateTime={updatedAt.toISOString()}>{formatLondonLong(updatedAt)}</time> ({LONDON_TIME}).
    </>
  );
}
