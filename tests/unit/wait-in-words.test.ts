import { describe, expect, it } from "vitest";
import { tooManyFromConnection, tryAgainIn, waitInWords } from "@/lib/rate-limit/wait-in-words";

describe("waitInWords", () => {
  it("says how long to wait as a person would", () => {
    expect(waitInWords(0)).toBe("a minute");
    expect(waitInWords(59)).toBe("a minute");
    expect(waitInWords(61)).toBe("2 minutes");
    expect(waitInWords(10 * 60)).toBe("10 minutes");
    expect(waitInWords(89 * 60)).toBe("89 minutes");
    expect(waitInWords(90 * 60)).toBe("2 hours");
    expect(waitInWords(24 * 60 * 60)).toBe("24 hours");
  });
});

describe("tooManyFromConnection", () => {
  it("says what was counted and how long to wait, as the 429 page does", () => {
    expect(tooManyFromConnection({ name: "donation attempts" }, 9 * 60 + 1)).toBe(
      "We’ve had too many donation attempts from your connection. Please try again in 10 minutes.",
    );
    expect(tryAgainIn(30)).toBe("Please try again in a minute.");
  });
});
