import { describe, expect, it } from "vitest";
import { checkbox, email, emailMessages, hasControlCharacter, isTicked, lines, money, oneLine, requiredLine, tidy } from "@/lib/forms/fields";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("hasControlCharacter", () => {
  it.each([
    ["a line feed", "a\nb", true],
    ["a carriage return", "a\rb", true],
    ["a NUL", "a\u0000b", true],
    ["DEL", "a\u007fb", true],
    ["a C1 control", "a\u0085b", true],
    ["the line separator", "a\u2028b", true],
    ["the paragraph separator", "a\u2029b", true],
    ["a tab", "a\tb", false],
    ["letters, accents and emoji", "Zoë Ōkafor 🧥", false],
  ])("%s: %s", (_what, value, expected) => {
    expect(hasControlCharacter(value)).toBe(expected);
  });

  it("lets line breaks through only when asked, and nothing else", () => {
    expect(hasControlCharacter("a\r\nb", { lineBreaks: true })).toBe(false);
    expect(hasControlCharacter("a\u0000b", { lineBreaks: true })).toBe(true);
    expect(hasControlCharacter("a\u2028b", { lineBreaks: true })).toBe(true);
  });
});

describe("oneLine", () => {
  it("refuses every control character with the form's message, and keeps the text as typed", () => {
    const field = oneLine("Keep the name to one line");
    expect(field.parse("  Sam  ")).toBe("  Sam  ");
    for (const value of ["Sam\nBcc: x@y.org", "Sam\r", "Sam\u0000", "Sam\u2028"])
      expect(messages(field.safeParse(value))).toEqual(["Keep the name to one line"]);
  });

  it("says 'Please keep this to one line' unless told otherwise", () => {
    expect(messages(oneLine().safeParse("a\nb"))).toEqual(["Please keep this to one line"]);
  });
});

describe("lines", () => {
  it("keeps line breaks as \\n, trims, and refuses other control characters", () => {
    const field = lines("Please remove the unusual characters");
    expect(field.parse("  one\r\ntwo\rthree\n ")).toBe("one\ntwo\nthree");
    expect(messages(field.safeParse("one\u0007two"))).toEqual(["Please remove the unusual characters"]);
  });
});

describe("tidy and requiredLine", () => {
  it("trims and makes runs of spaces single", () => {
    expect(tidy("  Harbour \t  Street ")).toBe("Harbour Street");
  });

  it("needs at least one character and at most max, after tidying", () => {
    const field = requiredLine(5, { missing: "Enter it", tooLong: "Too long" });
    expect(field.parse("  a   b ")).toBe("a b");
    expect(messages(field.safeParse("   "))).toEqual(["Enter it"]);
    expect(messages(field.safeParse("abcdef"))).toEqual(["Too long"]);
    expect(messages(field.safeParse("a\nb"))).toEqual(["Please keep this to one line"]);
  });
});

describe("email", () => {
  it("trims and lower-cases one address", () => {
    expect(email().parse("  Sam.Okafor@Example.ORG ")).toBe("sam.okafor@example.org");
  });

  it.each([
    ["nothing at all", undefined, emailMessages.missing],
    ["an empty box", "", emailMessages.missing],
    ["only spaces", "   ", emailMessages.missing],
    ["a header injection", "a@b.org\r\nBcc: x@y.org", emailMessages.oneLine],
    ["a bare line feed", "a@b.org\nBcc: x@y.org", emailMessages.oneLine],
    ["a NUL", "a@b.org\u0000", emailMessages.oneLine],
    ["no @", "sam.example.org", emailMessages.format],
    ["two addresses", "a@b.org, c@d.org", emailMessages.format],
    ["255 characters", `${"l".repeat(64)}@${"x".repeat(63)}.${"y".repeat(63)}.${"z".repeat(58)}.org`, emailMessages.tooLong],
  ])("refuses %s with one message", (_what, value, message) => {
    expect(messages(email().safeParse(value))).toEqual([message]);
  });

  it("takes a form's own words for any message", () => {
    expect(messages(email({ missing: "Enter the email address you give from" }).safeParse(""))).toEqual(["Enter the email address you give from"]);
  });
});

describe("checkbox", () => {
  it("is ticked when sent, unless its value says no", () => {
    expect(checkbox().parse(undefined)).toBe(false);
    for (const value of ["on", "yes", "true", "1", "ENDURING"]) expect(checkbox().parse(value)).toBe(true);
    for (const value of ["", "off", "false", "0", "no", " NO "]) expect(isTicked(value)).toBe(false);
  });
});

describe("money", () => {
  const field = money({
    min: 100,
    max: 50_000,
    messages: { missing: "missing", format: "format", decimals: "decimals", tooSmall: "too small", tooBig: "too big" },
  });

  it.each([
    ["25", 2500],
    ["£12.50", 1250],
    [" 1.5 ", 150],
    ["£ 500", 50_000],
    ["4.35", 435],
  ])("%j is %s pence, exactly", (typed, pence) => {
    expect(field.parse(typed)).toBe(pence);
  });

  it.each([
    ["", "missing"],
    ["abc", "format"],
    ["10,00", "format"],
    ["1.005", "decimals"],
    ["-5", "too small"],
    ["0.99", "too small"],
    ["500.01", "too big"],
    ["9999999999999", "too big"],
  ])("refuses %j: %s", (typed, message) => {
    expect(messages(field.safeParse(typed))).toEqual([message]);
  });
});
