import { MINUTE, rateLimit } from "./rate-limit";

// The limits that belong to no form of their own. A public form's limits live beside its schema
// (`formLimits` in lib/donations/checkout/donation-form-schema.ts and the like).

/** Postcode searches on /donation-points, per client address; proxy.ts answers a spent one with 429. */
export const postcodeLookupLimit = rateLimit("postcode searches", 30, 10 * MINUTE);
