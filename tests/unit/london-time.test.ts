import { describe, expect, it } from "vitest";
import { describeLondonTime, formatLondonDateTime, formatLondonDateTimeSeconds, parseLondonInput, toLondonInputValue } from "@/lib/format/london-time";

const utc = (value: string) => {
  const parsed = parseLondonInput(value);
  if (!parsed.ok) throw new Error(`${value}: ${parsed.reason}`);
  return parsed.date.toISOString();
};

// The clock changes in London: forward at 01:00 UTC on the last Sunday of March (01:00 GMT
// becomes 02:00 BST), back at 01:00 UTC on the last Sunday of October (02:00 BST becomes 01:00 GMT).
describe("parseLondonInput", () => {
  it.each([
    // Winter (GMT): London and UTC agree.
    ["2026-01-15T09:30", "2026-01-15T09:30:00.000Z"],
    ["2026-12-24T18:00", "2026-12-24T18:00:00.000Z"],
    // Summer (BST): an hour ahead of UTC.
    ["2026-06-01T09:30", "2026-06-01T08:30:00.000Z"],
    ["2027-07-01T00:30", "2027-06-30T23:30:00.000Z"],
    // 29 March 2026: just before and just after the skipped hour.
    ["2026-03-29T00:59", "2026-03-29T00:59:00.000Z"],
    ["2026-03-29T02:00", "2026-03-29T01:00:00.000Z"],
    ["2026-03-29T12:00", "2026-03-29T11:00:00.000Z"],
    ["2026-03-28T23:30", "2026-03-28T23:30:00.000Z"],
    // 25 October 2026: before the repeated hour, and after it.
    ["2026-10-25T00:30", "2026-10-24T23:30:00.000Z"],
    ["2026-10-25T02:00", "2026-10-25T02:00:00.000Z"],
    ["2026-10-25T12:00", "2026-10-25T12:00:00.000Z"],
    ["2026-10-24T12:00", "2026-10-24T11:00:00.000Z"],
    // 2027: forward on 28 March, back on 31 October.
    ["2027-03-28T00:30", "2027-03-28T00:30:00.000Z"],
    ["2027-03-28T02:30", "2027-03-28T01:30:00.000Z"],
    ["2027-10-31T00:59", "2027-10-30T23:59:00.000Z"],
    ["2027-10-31T02:30", "2027-10-31T02:30:00.000Z"],
    // Seconds, when a browser sends them.
    ["2026-06-01T09:30:15", "2026-06-01T08:30:15.000Z"],
  ])("%s in London is %s", (value, expected) => {
    expect(utc(value)).toBe(expected);
  });

  it.each([
    ["2026-10-25T01:30", "2026-10-25T00:30:00.000Z"],
    ["2026-10-25T01:00", "2026-10-25T00:00:00.000Z"],
    ["2026-10-25T01:59", "2026-10-25T00:59:00.000Z"],
    ["2027-10-31T01:15", "2027-10-31T00:15:00.000Z"],
  ])("%s happens twice (the clocks go back): the first, in BST, is %s", (value, expected) => {
    const parsed = parseLondonInput(value);
    expect(parsed).toEqual({ ok: true, date: new Date(expected), ambiguous: true });
  });

  it("says a time that happens once is not ambiguous", () => {
    expect(parseLondonInput("2026-10-25T02:00")).toMatchObject({ ok: true, ambiguous: false });
    expect(parseLondonInput("2026-10-25T00:59")).toMatchObject({ ok: true, ambiguous: false });
  });

  it.each([
    ["2026-03-29T01:00", "01:00 on 29 March 2026"],
    ["2026-03-29T01:30", "01:30 on 29 March 2026"],
    ["2026-03-29T01:59", "01:59 on 29 March 2026"],
    ["2027-03-28T01:30", "01:30 on 28 March 2027"],
  ])("refuses %s: skipped when the clocks go forward", (value, wall) => {
    expect(parseLondonInput(value)).toEqual({ ok: false, reason: "skipped", wall });
  });

  it.each([
    "",
    "tomorrow",
    "2026-02-30T09:00",
    "2026-13-01T09:00",
    "2026-06-01T24:00",
    "2026-06-01T09:60",
    "2026-06-01 09:30",
    "2026-06-01T09:30Z",
    "2026-06-01T09:30+01:00",
  ])("refuses %j as not a date and time", (value) => {
    expect(parseLondonInput(value)).toEqual({ ok: false, reason: "invalid" });
  });

  it("does not depend on the server's own zone", () => {
    // The result is computed from Europe/London alone; new Date("2026-06-01T09:30") would use the process's zone.
    expect(utc("2026-06-01T09:30")).toBe("2026-06-01T08:30:00.000Z");
  });
});

describe("toLondonInputValue", () => {
  it.each([
    ["2026-01-15T09:30:00Z", "2026-01-15T09:30"],
    ["2026-06-01T08:30:00Z", "2026-06-01T09:30"],
    ["2026-03-29T00:59:00Z", "2026-03-29T00:59"],
    ["2026-03-29T01:00:00Z", "2026-03-29T02:00"],
    ["2026-10-25T00:30:00Z", "2026-10-25T01:30"],
    ["2026-10-25T01:30:00Z", "2026-10-25T01:30"],
    ["2027-10-30T23:59:00Z", "2027-10-31T00:59"],
  ])("%s shows as %s", (iso, expected) => {
    expect(toLondonInputValue(new Date(iso))).toBe(expected);
  });

  it("reads back to the same instant, every quarter hour across both 2026 changes and 2027's", () => {
    for (const [from, to] of [
      ["2026-03-28T20:00:00Z", "2026-03-29T06:00:00Z"],
      ["2026-10-24T20:00:00Z", "2026-10-25T06:00:00Z"],
      ["2027-03-27T20:00:00Z", "2027-03-28T06:00:00Z"],
      ["2027-10-30T20:00:00Z", "2027-10-31T06:00:00Z"],
    ] as const) {
      for (let t = Date.parse(from); t <= Date.parse(to); t += 15 * 60_000) {
        const shown = toLondonInputValue(new Date(t));
        const back = parseLondonInput(shown);
        if (!back.ok) throw new Error(`${shown} did not parse`);
        // The second 01:xx of the night the clocks go back reads as the first: an hour earlier.
        const secondOfTwo = back.ambiguous && back.date.getTime() !== t;
        expect(back.date.getTime(), shown).toBe(secondOfTwo ? t - 3_600_000 : t);
      }
    }
  });
});

describe("formatting", () => {
  it("shows moments in London time, GMT and BST", () => {
    expect(formatLondonDateTime(new Date("2026-01-15T09:30:00Z"))).toBe("15 Jan 2026, 09:30");
    expect(formatLondonDateTime(new Date("2026-06-01T08:30:00Z"))).toBe("1 Jun 2026, 09:30");
    expect(formatLondonDateTimeSeconds(new Date("2026-10-25T00:30:05Z"))).toBe("25 October 2026 at 01:30:05");
    expect(formatLondonDateTimeSeconds(new Date("2026-10-25T01:30:05Z"))).toBe("25 October 2026 at 01:30:05");
  });

  it("describes a moment with its label and the clocks' season, telling the two 01:30s apart", () => {
    expect(describeLondonTime(new Date("2026-06-01T08:30:00Z"))).toBe("1 June 2026 at 09:30 London time (BST)");
    expect(describeLondonTime(new Date("2026-10-25T00:30:00Z"))).toBe("25 October 2026 at 01:30 London time (BST)");
    expect(describeLondonTime(new Date("2026-10-25T01:30:00Z"))).toBe("25 October 2026 at 01:30 London time (GMT)");
    expect(describeLondonTime(new Date("2027-03-28T01:00:00Z"))).toBe("28 March 2027 at 02:00 London time (BST)");
  });
});
