import type { LimitedForm } from "@/lib/rate-limit/policies";

/**
 * Names the form's rate limit for proxy.ts, which answers a post made without script with a
 * 429 once the sender's limit is spent. The limit itself is counted by the form's action, so a
 * post without this field is still limited, just answered on the form instead.
 */
export function RateLimitField({ form }: { form: LimitedForm }) {
  return <input type="hidden" name="rate-limit" value={form} />;
}
