import { describe, expect, it } from "vitest";
import { waitInWords } from "@/lib/rate-limit/wait-in-words";

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
