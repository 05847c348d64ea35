import { describe, expect, it } from "vitest";
import { signInLimits } from "@/lib/auth/sign-in-form-limits";
import { donationFormLimits } from "@/lib/donations/checkout/parse-amount";
import { signupLimits } from "@/lib/newsletter/signup-limits";
import { manageLinkLimits } from "@/lib/donations/manage-link-limits";
import { postcodeLookupLimit } from "@/lib/rate-limit/policies";
import { limitId, parseLimitId, rateLimit, type RateLimit } from "@/lib/rate-limit/rate-limit";
import { volunteerLimits } from "@/lib/volunteers/application-limits";

const every: RateLimit[] = [
  donationFormLimits.perConnection,
  ...Object.values(signupLimits.perPerson),
  signupLimits.perConnection,
  signInLimits.perConnection,
  ...Object.values(signInLimits.perPerson),
  volunteerLimits.perConnection,
  ...Object.values(volunteerLimits.perPerson),
  postcodeLookupLimit,
  manageLinkLimits.perConnection,
  ...Object.values(manageLinkLimits.perPerson),
];

describe("rate limits", () => {
  it("each count under an id of their own, which reads back as the same limit", () => {
    const ids = every.map(limitId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const limit of every) expect(parseLimitId(limitId(limit))).toEqual(limit);
  });

  it("keep the figures and the words the 429 page says", () => {
    expect(limitId(donationFormLimits.perConnection)).toBe("donation attempts/20/600");
    expect(signInLimits.perConnection).toEqual({ name: "sign-in requests", points: 10, duration: 600 });
    expect(signupLimits.perConnection.name).toBe("newsletter sign-ups");
    expect(volunteerLimits.perConnection.name).toBe("volunteer applications");
  });

  it.each([
    "",
    "checkout",
    "Donation attempts/20/600",
    "donation attempts/0/600",
    "donation attempts/20/0",
    "donation attempts/20/600/1",
    "<b>/1/1",
    "a/1000000/60",
    "a/1/99999999",
    "x".repeat(61) + "/1/1",
  ])("reads %j, as a sender might post it, as no limit", (text) => {
    expect(parseLimitId(text)).toBeNull();
  });

  it("refuses to declare a limit that could not be read back", () => {
    expect(() => rateLimit("Donations!", 1, 60)).toThrow();
    expect(() => rateLimit("donations", 0, 60)).toThrow();
    expect(() => rateLimit("donations", 1, 0)).toThrow();
  });
});
