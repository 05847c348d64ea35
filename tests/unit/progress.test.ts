import { describe, expect, it } from "vitest";
import { computeProgress } from "@/lib/campaign/progress";

const base = { goalCoats: 3000, coatPricePence: 2500, coatsReceivedInKind: 0, coatsBought: 0, otherPence: 0, totalPence: 0, donationCount: 0 };

describe("computeProgress", () => {
  it("counts coats handed in, coats bought and whole coat equivalents of other gifts", () => {
    const p = computeProgress({ ...base, coatsReceivedInKind: 100, coatsBought: 4, otherPence: 7499, totalPence: 17499, donationCount: 5 });
    expect(p.coatsFunded).toBe(100 + 4 + 2);
    expect(p.raisedPence).toBe(17499);
    expect(p.donationCount).toBe(5);
  });

  it("reports the share of the goal to one decimal place, past 100 when beaten", () => {
    expect(computeProgress({ ...base, coatsReceivedInKind: 1184 }).percent).toBe(39.5);
    expect(computeProgress({ ...base, coatsReceivedInKind: 3300 }).percent).toBe(110);
  });
});
