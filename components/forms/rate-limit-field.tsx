import { limitId, type RateLimit } from "@/lib/rate-limit/rate-limit";

/**
 * Names the form's per-connection limit for proxy.ts, which answers a post made without script
 * with a 429 once the sender has spent it. The limit itself is counted by the form's action
 * (lib/forms/public-action.ts), so a post without this field, or with a made-up one, is still
 * limited, just answered on the form instead.
 */
export function RateLimitField({ limit }: { limit: RateLimit }) {
  return <input type="hidden" name="rate-limit" value={limitId(limit)} />;
}
