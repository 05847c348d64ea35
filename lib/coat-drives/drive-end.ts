import { addDays, londonDay, startOfLondonDay } from "@/lib/format/london-day";

// A drive's end date is its last day (London): it ends at the midnight that follows, whether or
// not the sweep (lib/coat-drives/notices.ts) has closed it yet. Every public view decides from
// the date, so a drive shows as ended from that moment; the cached views live until it
// (lib/coat-drives/cached.ts), so no server keeps showing it as running.

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The moment a drive with this end date stops taking gifts; null for a drive without one. */
export function driveEndsAt(endsOn: Date | null): Date | null {
  return endsOn ? startOfLondonDay(addDays(day(endsOn), 1)) : null;
}

/** True once a drive's last day is over (London). */
export function isPastEndDate(endsOn: Date | null, now: Date): boolean {
  return endsOn !== null && day(endsOn) < londonDay(now);
}

/** The first of these end moments still to come, or null. */
export function nextEnd(endings: readonly (Date | null)[], now: Date): Date | null {
  let next: Date | null = null;
  for (const end of endings) if (end && end > now && (!next || end < next)) next = end;
  return next;
}

const HOUR_SECONDS = 3600;
/** Shorter than this, Next.js leaves a cache entry out of the prerendered page (a dynamic hole). */
const SHORTEST_EXPIRE_SECONDS = 300;

/**
 * A cached view's lifetime when something in it ends at `end`: refreshed at that moment at the
 * latest, and expired then (an expired entry is never served, not even once while it is rebuilt),
 * except that an entry made in the last five minutes before an end may be served until five
 * minutes after it was made (Next.js' shortest lifetime that still prerenders). Null: no end to
 * wait for, the usual lifetime applies.
 */
export function lifetimeUntil(end: Date | null, now: Date): { stale: number; revalidate: number; expire: number } | null {
  if (!end) return null;
  const seconds = Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));
  return { stale: 60, revalidate: Math.min(HOUR_SECONDS, seconds), expire: Math.max(SHORTEST_EXPIRE_SECONDS, seconds) };
}
