import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { normaliseUkPostcode } from "./normalise-uk-postcode";
import type { LatLng } from "./miles-between";

/**
 * What a postcode lookup can end in. The three failures mean different things to the person
 * waiting: "invalid" is a typo to fix (never sent anywhere), "not-found" is a well-formed code
 * that does not exist (or no longer does), "unavailable" is our problem, not theirs.
 */
export type PostcodeLookup = ({ ok: true; postcode: string } & LatLng) | { ok: false; reason: "invalid" | "not-found" | "unavailable" };

export type LookupOptions = {
  /** postcodes.io's origin; the tests point it at a local fake. */
  baseUrl?: string;
  /** How long to wait for the whole answer, body included. */
  timeoutMs?: number;
};

/** Long enough for postcodes.io on a bad day (it usually answers in under 100 ms), short enough that a page never hangs. */
export const LOOKUP_TIMEOUT_MS = 2000;

// GET /postcodes/:postcode → { status: 200, result: { postcode, latitude, longitude, … } }.
// A few real postcodes (some in the Channel Islands, new builds) have no coordinates: null.
const found = z.object({
  result: z.object({
    postcode: z.string(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
  }),
});

/**
 * A UK postcode's coordinates from postcodes.io. The format is checked here first, so a typo
 * costs no request; the wait is bounded, and any failure of the service (timeout, 5xx, a
 * network error, an answer we cannot read) is "unavailable", never thrown.
 */
export async function lookupPostcode(input: string, options: LookupOptions = {}): Promise<PostcodeLookup> {
  const postcode = normaliseUkPostcode(input);
  if (!postcode) return { ok: false, reason: "invalid" };
  const baseUrl = options.baseUrl ?? env.POSTCODES_IO_URL;
  const timeoutMs = options.timeoutMs ?? LOOKUP_TIMEOUT_MS;
  try {
    const response = await fetch(`${baseUrl}/postcodes/${encodeURIComponent(postcode)}`, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return { ok: false, reason: "not-found" };
    }
    if (!response.ok) {
      await response.body?.cancel();
      console.warn(`[geocode] postcodes.io answered ${response.status}`);
      return { ok: false, reason: "unavailable" };
    }
    const parsed = found.safeParse(await response.json());
    if (!parsed.success) {
      console.warn("[geocode] postcodes.io sent an answer we could not read");
      return { ok: false, reason: "unavailable" };
    }
    const { latitude, longitude } = parsed.data.result;
    if (latitude === null || longitude === null) return { ok: false, reason: "not-found" };
    return { ok: true, postcode, latitude, longitude };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    // The postcode is left out of the logs: it says where a visitor lives.
    if (timedOut) console.warn(`[geocode] postcodes.io did not answer within ${timeoutMs} ms`);
    else console.warn("[geocode] postcodes.io could not be reached", error);
    return { ok: false, reason: "unavailable" };
  }
}
