import { describe, expect, it } from "vitest";
import { formatUkDate, isoDate } from "@/lib/format/date";
import { labelOf } from "@/lib/format/label";
import { formatCount, formatPence } from "@/lib/format/money";

describe("formatUkDate", () => {
  it.each([
    ["2017-12-13T12:00:00Z", "13 December 2017"],
    ["2017-11-14T09:05:00Z", "14 November 2017"],
    // British Summer Time: 23:30 UTC is 00:30 the next day in London.
    ["2017-06-30T23:30:00Z", "1 July 2017"],
    ["2017-10-28T23:30:00Z", "29 October 2017"],
    // Greenwich Mean Time: London and UTC agree.
    ["2017-12-31T23:30:00Z", "31 December 2017"],
    ["2018-03-24T23:59:59Z", "24 March 2018"],
    // The night the clocks go back (29 October 2017, 01:00 UTC).
    ["2017-10-29T00:30:00Z", "29 October 2017"],
    ["2017-10-29T23:30:00Z", "29 October 2017"],
    ["2024-02-29T12:00:00Z", "29 February 2024"],
  ])("%s is %s in London", (iso, expected) => {
    expect(formatUkDate(new Date(iso))).toBe(expected);
  });

  it("uses no leading zero on the day", () => {
    expect(formatUkDate(new Date("2017-12-01T12:00:00Z"))).toBe("1 December 2017");
  });
});

describe("isoDate", () => {
  it("gives YYYY-MM-DD", () => {
    expect(isoDate(new Date("2017-12-13T12:00:00Z"))).toBe("2017-12-13");
  });

  it("names the same day as formatUkDate, in London time", () => {
    const d = new Date("2017-06-30T23:30:00Z");
    expect(formatUkDate(d)).toBe("1 July 2017");
    expect(isoDate(d)).toBe("2017-07-01");
  });
});

describe("formatPence", () => {
  it.each([
    [2500, "£25"],
    [1300, "£13"],
    [1250, "£12.50"],
    [1205, "£12.05"],
    [123456, "£1,234.56"],
    [100000, "£1,000"],
    [300000000, "£3,000,000"],
    [5, "£0.05"],
    [99, "£0.99"],
    [0, "£0"],
  ])("%i pence is %s", (pence, expected) => {
    expect(formatPence(pence)).toBe(expected);
  });
});

/** Integers across every length up to 13 digits, both signs, with the edges of each group of three. */
const sampleIntegers = [0, 1, 5, 9, 10, 99, 100, 101, 999, 1000, 1001, 9999, 10000, 99999, 100000, 123456, 999999, 1000000]
  .flatMap((n) => [n, n * 7 + 3, n * 1000 + 1, n * 1000000 + 5])
  .flatMap((n) => (n === 0 ? [0] : [n, -n]));

// The formatting is written by hand so that a browser never loads Intl's locale data while a form
// hydrates (lib/format/money.ts); these hold it to what Intl.NumberFormat writes for en-GB.
describe("money formatting matches Intl.NumberFormat (en-GB)", () => {
  const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
  const gbpWhole = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat("en-GB");

  it("formatPence, for every sample of pence", () => {
    for (const pence of sampleIntegers) {
      const expected = pence % 100 === 0 ? gbpWhole.format(pence / 100) : gbp.format(pence / 100);
      expect(formatPence(pence), `${pence} pence`).toBe(expected);
    }
  });

  it("formatCount, for every sample", () => {
    for (const n of sampleIntegers) expect(formatCount(n), String(n)).toBe(count.format(n));
  });

  it("writes nothing as 0, never Intl's -0", () => {
    expect(formatPence(-0)).toBe("£0");
    expect(formatCount(-0)).toBe("0");
  });

  it("rounds a fraction of a penny to the nearest penny", () => {
    expect(formatPence(1249.6)).toBe("£12.50");
    expect(formatPence(-0.4)).toBe("£0");
  });
});

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [13, "13"],
    [999, "999"],
    [1000, "1,000"],
    [3000, "3,000"],
    [1184, "1,184"],
    [1234567, "1,234,567"],
  ])("%i is %s", (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });
});

describe("labelOf", () => {
  const places = [
    { value: "CALAIS", label: "Calais" },
    { value: "UK", label: "In the UK" },
  ] as const;

  it("gives a choice's words", () => {
    expect(labelOf(places, "UK")).toBe("In the UK");
  });

  it("gives the value itself for one the table does not name (a record older than the table)", () => {
    expect(labelOf<string>(places, "LILLE")).toBe("LILLE");
  });
});
