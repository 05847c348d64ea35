import { HOUR, MINUTE, rateLimit } from "./rate-limit";

// The limits that belong to no form of their own. A public form's limits live beside its schema
// (`formLimits` in lib/donations/checkout/donation-form-schema.ts and the like).

/** Postcode searches on /donation-points, per client address; proxy.ts answers a spent one with 429. */
export const postcodeLookupLimit = rateLimit("postcode searches", 30, 10 * MINUTE);

/** "Email me a new link" on /donate/manage (lib/donations/request-manage-links.ts). */
export const manageLinkLimits = {
  perConnection: rateLimit("manage link requests", 10, HOUR),
  perEmailAndConnection: rateLimit("manage link requests for one address", 3, HOUR),
};
