import type { PostcodeLookup } from "@/lib/geocode/lookup-postcode";
import { normaliseUkPostcode } from "@/lib/geocode/normalise-uk-postcode";
import type { RateLimitResult } from "@/lib/rate-limit/consume";
import { alphabetically, nearestFirst } from "./order-points";

/** The page's query string: `?postcode=CT16 1BW`, or `?lat=51.12&lng=1.31` from “Use my location”. */
export type NearbyQuery = { postcode?: string; lat?: string; lng?: string };

export type NearbyProblem =
  /** Not a UK postcode at all (or empty): the visitor's typo, never sent to the geocoder. */
  | { kind: "invalid-postcode" }
  /** Well-formed, but postcodes.io does not know it. */
  | { kind: "unknown-postcode" }
  /** The geocoder timed out, failed or could not be reached. */
  | { kind: "unavailable" }
  | { kind: "rate-limited"; retryAfterSeconds: number }
  /** lat/lng that are not coordinates. */
  | { kind: "invalid-location" };

type Point = { name: string; address: string; latitude: number | null; longitude: number | null };

export type NearbyResult<T extends Point> = {
  /** For the postcode field: normalised when it was found, otherwise as typed. */
  postcode: string;
  /** Where the distances are measured from (shown on the map too); null when the list is alphabetical. */
  origin: (({ kind: "postcode"; postcode: string } | { kind: "location" }) & { latitude: number; longitude: number }) | null;
  problem: NearbyProblem | null;
  /** Every point: nearest first with `miles` when there is an origin, otherwise by town. */
  points: (T & { miles: number | null })[];
};

const COORDINATE = /^-?\d{1,3}(\.\d{1,12})?$/;

function coordinate(value: string | undefined, limit: number): number | null {
  if (value === undefined || !COORDINATE.test(value.trim())) return null;
  const n = Number(value);
  return Math.abs(n) <= limit ? n : null;
}

/**
 * Answers one visit to the drop-off points page. Whatever goes wrong, every point is still
 * listed: a typo, an unknown postcode, a geocoder that is down or a visitor over the lookup
 * limit only loses the distance order, never the list. Only a well-formed postcode costs a
 * lookup, and only a lookup counts toward the limit.
 */
export async function searchNearby<T extends Point>(
  query: NearbyQuery,
  points: readonly T[],
  deps: { lookup: (postcode: string) => Promise<PostcodeLookup>; allowLookup: () => Promise<RateLimitResult> },
): Promise<NearbyResult<T>> {
  const everyPoint = () => alphabetically(points).map((p) => ({ ...p, miles: null }));
  // Kept whole to show again: however long, it is never cut (normaliseUkPostcode refuses it).
  const typed = (query.postcode ?? "").trim();

  if (query.postcode !== undefined) {
    const fail = (problem: NearbyProblem): NearbyResult<T> => ({ postcode: typed, origin: null, problem, points: everyPoint() });
    const postcode = normaliseUkPostcode(typed);
    if (!postcode) return fail({ kind: "invalid-postcode" });
    const allowed = await deps.allowLookup();
    if (!allowed.ok) return fail({ kind: "rate-limited", retryAfterSeconds: allowed.retryAfterSeconds });
    const found = await deps.lookup(postcode);
    if (!found.ok)
      return fail({ kind: found.reason === "unavailable" ? "unavailable" : found.reason === "not-found" ? "unknown-postcode" : "invalid-postcode" });
    return {
      postcode: found.postcode,
      origin: { kind: "postcode", postcode: found.postcode, latitude: found.latitude, longitude: found.longitude },
      problem: null,
      points: nearestFirst(found, points),
    };
  }

  if (query.lat !== undefined || query.lng !== undefined) {
    const latitude = coordinate(query.lat, 90);
    const longitude = coordinate(query.lng, 180);
    if (latitude === null || longitude === null) return { postcode: "", origin: null, problem: { kind: "invalid-location" }, points: everyPoint() };
    return { postcode: "", origin: { kind: "location", latitude, longitude }, problem: null, points: nearestFirst({ latitude, longitude }, points) };
  }

  return { postcode: "", origin: null, problem: null, points: everyPoint() };
}
