import { describe, expect, it } from "vitest";
import { barParts, computeProgress } from "@/lib/campaign/progress";
import { fundedWords, handedInWords, progressSummary } from "@/lib/campaign/progress-words";

const base = { goalCoats: 3000, coatPricePence: 2500, coatsReceivedInKind: 0, coatsBought: 0, otherPence: 0, totalPence: 0, donationCount: 0 };

describe("computeProgress", () => {
  it("keeps coats funded with money apart from coats handed in, and counts both toward the goal", () => {
    const p = computeProgress({ ...base, coatsReceivedInKind: 100, coatsBought: 4, otherPence: 7499, totalPence: 17499, donationCount: 5 });
    // Funded: 4 bought + floor(7499 / 2500) = 2 coat-price equivalents of other gifts.
    expect(p).toEqual({ goal: 3000, coatsFunded: 6, coatsHandedIn: 100, coatsTowardGoal: 106, raisedPence: 17499, donationCount: 5, percent: 3.5 });
  });

  it("says 0 coats funded when nothing is raised, however many coats were handed in", () => {
    const p = computeProgress({ ...base, coatsReceivedInKind: 1184 });
    expect(p).toMatchObject({ coatsFunded: 0, coatsHandedIn: 1184, coatsTowardGoal: 1184 });
    expect(fundedWords(p)).toBe("0 coats funded by gifts");
    expect(handedInWords(p)).toBe("1,184 coats handed in");
    expect(progressSummary(p)).toBe("1,184 of 3,000 coats toward the goal: 0 coats funded by gifts, 1,184 coats handed in");
  });

  it("counts no equivalents when the campaign says other gifts are not coats", () => {
    expect(computeProgress({ ...base, coatsBought: 1, otherPence: 10_000, countOtherGiftsAsCoats: false }).coatsFunded).toBe(1);
  });

  it("reports the share of the goal to one decimal place, past 100 when beaten", () => {
    expect(computeProgress({ ...base, coatsReceivedInKind: 1184 }).percent).toBe(39.5);
    expect(computeProgress({ ...base, coatsReceivedInKind: 3000, coatsBought: 300 }).percent).toBe(110);
  });

  it("speaks of one coat in the singular", () => {
    const p = computeProgress({ ...base, coatsBought: 1, coatsReceivedInKind: 1 });
    expect([fundedWords(p), handedInWords(p)]).toEqual(["1 coat funded by gifts", "1 coat handed in"]);
  });
});

describe("barParts", () => {
  it("draws funded first, then handed in, in proportion to the goal", () => {
    expect(barParts({ goal: 3000, coatsFunded: 300, coatsHandedIn: 1200 })).toEqual({ funded: 10, handedIn: 40 });
  });

  it("never draws past the end of the bar, and never adds up to more than it when rounded", () => {
    expect(barParts({ goal: 100, coatsFunded: 80, coatsHandedIn: 50 })).toEqual({ funded: 80, handedIn: 20 });
    expect(barParts({ goal: 100, coatsFunded: 150, coatsHandedIn: 50 })).toEqual({ funded: 100, handedIn: 0 });
    const thirds = barParts({ goal: 3, coatsFunded: 1, coatsHandedIn: 2 });
    expect(thirds.funded + thirds.handedIn).toBeLessThanOrEqual(100);
    expect(barParts({ goal: 0, coatsFunded: 5, coatsHandedIn: 5 })).toEqual({ funded: 0, handedIn: 0 });
  });
});
