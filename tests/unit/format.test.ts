import { describe, expect, it } from "vitest";
import { formatUkDate, isoDate } from "@/lib/format/date";
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
