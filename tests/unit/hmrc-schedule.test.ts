import { describe, expect, it } from "vitest";
import { scheduleRanges } from "@/lib/gift-aid/claim-schedule";
import {
  HMRC_COLUMNS,
  HMRC_ROWS_PER_SCHEDULE,
  hmrcAmount,
  hmrcDonationDate,
  hmrcFirstName,
  hmrcHouseNameOrNumber,
  hmrcLastName,
  hmrcPostcode,
  hmrcTitle,
  toHmrcRow,
  toHmrcRows,
  type ClaimableDonation,
  type HmrcRow,
} from "@/lib/gift-aid/hmrc-schedule";

function donation(overrides: Partial<ClaimableDonation> = {}): ClaimableDonation {
  return {
    title: "Mrs",
    firstName: "Jane",
    lastName: "Smith",
    houseNameOrNumber: "12",
    postcode: "CT16 1AA",
    paidAt: new Date("2026-03-10T12:00:00Z"),
    amountPence: 2500,
    ...overrides,
  };
}

describe("HMRC_COLUMNS", () => {
  it("has HMRC's headers in HMRC's order", () => {
    expect(HMRC_COLUMNS.map((c) => c.header)).toEqual([
      "Title",
      "First name or initial",
      "Last name",
      "House name or number",
      "Postcode",
      "Aggregated donations",
      "Sponsored event",
      "Donation date (DD/MM/YY)",
      "Amount",
    ]);
  });

  it("names every field of a row exactly once", () => {
    const keys = HMRC_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(toHmrcRow(donation())).sort());
  });
});

describe("toHmrcRow", () => {
  it("makes a complete row", () => {
    expect(toHmrcRow(donation())).toEqual<HmrcRow>({
      title: "Mrs",
      firstName: "Jane",
      lastName: "Smith",
      houseNameOrNumber: "12",
      postcode: "CT16 1AA",
      aggregatedDonations: "",
      sponsored: "",
      donationDate: "10/03/26",
      amount: "25.00",
    });
  });

  describe("title", () => {
    it.each([
      ["Mr", "Mr"],
      ["Miss", "Miss"],
      ["Prof", "Prof"],
      ["Dr.", "Dr"],
      [" Rev. ", "Rev"],
      ["Professor", ""],
      ["Reverend", ""],
      ["", ""],
    ])("%j → %j", (title, expected) => {
      expect(toHmrcRow(donation({ title })).title).toBe(expected);
    });

    it("is empty when there is none", () => {
      expect(toHmrcRow(donation({ title: null })).title).toBe("");
    });

    it("is separate from the name: a title typed as part of the name is not moved out of it", () => {
      const row = toHmrcRow(donation({ title: "Dr.", firstName: "John", lastName: "Who" }));
      expect(row.title).toBe("Dr");
      expect(row.lastName).toBe("Who");
      expect(toHmrcRow(donation({ title: null, lastName: "Dr. Who" })).lastName).toBe("Dr Who");
    });
  });

  describe("first name", () => {
    it.each([
      ["Mary Jane", "Mary"],
      ["  Mary   Jane  ", "Mary"],
      ["J. R. R.", "J"],
      ["J.", "J"],
      ["Mary-Jane", "Mary-Jane"],
      ["D'Arcy", "D'Arcy"],
      ["Zoë", "Zoe"],
      ["José María", "Jose"],
      ["Björn", "Bjorn"],
    ])("%j → %j", (firstName, expected) => {
      expect(toHmrcRow(donation({ firstName })).firstName).toBe(expected);
    });

    it("is cut to 35 characters", () => {
      const long = "A".repeat(40);
      expect(toHmrcRow(donation({ firstName: long })).firstName).toBe("A".repeat(35));
    });
  });

  describe("last name", () => {
    it.each([
      ["O'Brien", "O'Brien"],
      ["O’Brien", "O'Brien"],
      // HMRC: a double-barrelled surname with a space instead of the hyphen.
      ["Smith-Jones", "Smith Jones"],
      ["House-Martin", "House Martin"],
      ["Smith – Jones", "Smith Jones"],
      ["Lloyd-Webber-Smith", "Lloyd Webber Smith"],
      ["van der Berg", "van der Berg"],
      ["  van   der  Berg ", "van der Berg"],
      ["St. John", "St John"],
      ["Smith.", "Smith"],
      ["Smith (née Jones)", "Smith nee Jones"],
      ["Smith3", "Smith"],
      ["Zoë", "Zoe"],
      ["José", "Jose"],
      ["Müller", "Muller"],
      ["Nuñez", "Nunez"],
      ["Øster", "Oster"],
      ["Straße", "Strasse"],
      ["Łukasz", "Lukasz"],
    ])("%j → %j", (lastName, expected) => {
      expect(toHmrcRow(donation({ lastName })).lastName).toBe(expected);
    });

    it("is cut to 35 characters, after the hyphens become spaces", () => {
      const lastName = "Featherstonehaugh-Cholmondeley-Marjoribanks";
      const row = toHmrcRow(donation({ lastName }));
      expect(row.lastName).toBe("Featherstonehaugh Cholmondeley Marj");
      expect(row.lastName).toHaveLength(35);
    });

    it("leaves no trailing space where the cut falls after a space", () => {
      const lastName = `${"A".repeat(34)} Bcdef`;
      expect(toHmrcRow(donation({ lastName })).lastName).toBe("A".repeat(34));
    });

    it("holds only letters, spaces and apostrophes (the first name also hyphens)", () => {
      const row = toHmrcRow(donation({ firstName: "Ån.n@e!", lastName: "Ç#h_a/r.l,ë's-Ý" }));
      expect(row.firstName).toMatch(/^[A-Za-z'-]*$/);
      expect(row.lastName).toMatch(/^[A-Za-z' ]*$/);
      expect(row.firstName).toBe("Anne");
      expect(row.lastName).toBe("Charle's Y");
    });
  });

  describe("house name or number", () => {
    it("is trimmed", () => {
      expect(toHmrcRow(donation({ houseNameOrNumber: "  Flat 3  " })).houseNameOrNumber).toBe("Flat 3");
    });

    it("is cut to 40 characters", () => {
      const house = "The Old Rectory Cottage, Behind The Church";
      const row = toHmrcRow(donation({ houseNameOrNumber: house }));
      expect(row.houseNameOrNumber).toBe(house.slice(0, 40));
      expect(row.houseNameOrNumber).toHaveLength(40);
    });
  });

  describe("postcode", () => {
    it.each([
      ["ct161aa", "CT16 1AA"],
      [" sw1a  1aa ", "SW1A 1AA"],
      ["CT16 1AA", "CT16 1AA"],
    ])("%j → %j", (postcode, expected) => {
      expect(toHmrcRow(donation({ postcode })).postcode).toBe(expected);
    });

    it.each(["", "75008", "not a postcode", "ASCN 1ZZ", "CT16\n1AA"])("%j (not a UK postcode) → X", (postcode) => {
      expect(toHmrcRow(donation({ postcode })).postcode).toBe("X");
    });
  });

  it("leaves aggregated donations and sponsored event empty", () => {
    const row = toHmrcRow(donation());
    expect(row.aggregatedDonations).toBe("");
    expect(row.sponsored).toBe("");
  });

  describe("donation date", () => {
    it.each([
      // British Summer Time: London is an hour ahead of UTC.
      ["2026-06-30T23:30:00Z", "01/07/26"],
      ["2026-06-30T22:59:59Z", "30/06/26"],
      // Greenwich Mean Time: London is on UTC.
      ["2026-01-31T23:30:00Z", "31/01/26"],
      ["2026-02-01T00:00:00Z", "01/02/26"],
      // The clocks change: BST starts 01:00 UTC on 29 March 2026 and ends 01:00 UTC on 25 October 2026.
      ["2026-03-28T23:30:00Z", "28/03/26"],
      ["2026-10-24T23:30:00Z", "25/10/26"],
      ["2026-12-31T23:59:59Z", "31/12/26"],
      ["2027-01-01T00:00:00Z", "01/01/27"],
      ["2005-04-06T09:00:00Z", "06/04/05"],
    ])("paid at %s → %s", (paidAt, expected) => {
      expect(toHmrcRow(donation({ paidAt: new Date(paidAt) })).donationDate).toBe(expected);
    });

    it("refuses an invalid date", () => {
      expect(() => toHmrcRow(donation({ paidAt: new Date("nonsense") }))).toThrow(RangeError);
    });
  });

  describe("amount", () => {
    it.each([
      [1, "0.01"],
      [10, "0.10"],
      [99, "0.99"],
      [100, "1.00"],
      [2500, "25.00"],
      [1050, "10.50"],
      [123456, "1234.56"],
      [123450, "1234.50"],
      [100000000, "1000000.00"],
      // Values whose pounds (pence / 100) are not exact in floating point.
      [29, "0.29"],
      [57, "0.57"],
      [1015, "10.15"],
      [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
    ])("%i pence → %s", (amountPence, expected) => {
      expect(toHmrcRow(donation({ amountPence })).amount).toBe(expected);
    });

    it("has no currency sign or thousands separator", () => {
      expect(toHmrcRow(donation({ amountPence: 123456789 })).amount).toBe("1234567.89");
    });

    it.each([0, -1, -2500])("refuses %i pence", (amountPence) => {
      expect(() => toHmrcRow(donation({ amountPence }))).toThrow(RangeError);
    });

    it.each([12.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s pence (not whole pence)", (amountPence) => {
      expect(() => toHmrcRow(donation({ amountPence }))).toThrow(RangeError);
    });
  });
});

describe("toHmrcRows", () => {
  it("sorts by donation date, then last name", () => {
    const rows = toHmrcRows([
      donation({ lastName: "Young", paidAt: new Date("2026-05-02T09:00:00Z") }),
      donation({ lastName: "Adams", paidAt: new Date("2026-05-02T18:00:00Z") }),
      donation({ lastName: "Zane", paidAt: new Date("2026-05-01T08:00:00Z") }),
      donation({ lastName: "Brown", paidAt: new Date("2026-05-01T20:00:00Z") }),
      donation({ lastName: "Clark", paidAt: new Date("2025-12-31T10:00:00Z") }),
    ]);
    expect(rows.map((r) => [r.donationDate, r.lastName])).toEqual([
      ["31/12/25", "Clark"],
      ["01/05/26", "Brown"],
      ["01/05/26", "Zane"],
      ["02/05/26", "Adams"],
      ["02/05/26", "Young"],
    ]);
  });

  it("orders by the London day, not the UTC day", () => {
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
    const rows = toHmrcRows([
      donation({ lastName: "Adams", paidAt: new Date("2026-07-01T23:30:00Z") }),
      donation({ lastName: "Brown", paidAt: new Date("2026-07-02T12:00:00Z") }),
      donation({ lastName: "Young", paidAt: new Date("2026-07-01T12:00:00Z") }),
    ]);
    expect(rows.map((r) => [r.donationDate, r.lastName])).toEqual([
      ["01/07/26", "Young"],
      ["02/07/26", "Adams"],
      ["02/07/26", "Brown"],
    ]);
  });

  it("orders across years by date, not by the DD/MM/YY text", () => {
    const rows = toHmrcRows([
      donation({ paidAt: new Date("2026-01-05T12:00:00Z"), amountPence: 200 }),
      donation({ paidAt: new Date("2025-12-20T12:00:00Z"), amountPence: 100 }),
    ]);
    expect(rows.map((r) => r.donationDate)).toEqual(["20/12/25", "05/01/26"]);
  });

  it("compares last names regardless of case", () => {
    const paidAt = new Date("2026-05-01T12:00:00Z");
    const rows = toHmrcRows([donation({ lastName: "van Dyke", paidAt }), donation({ lastName: "Smith", paidAt }), donation({ lastName: "Adams", paidAt })]);
    expect(rows.map((r) => r.lastName)).toEqual(["Adams", "Smith", "van Dyke"]);
  });

  it("does not change the array it is given", () => {
    const input = [donation({ lastName: "Young" }), donation({ lastName: "Adams" })];
    const copy = [...input];
    toHmrcRows(input);
    expect(input).toEqual(copy);
  });

  it("returns no rows for no donations", () => {
    expect(toHmrcRows([])).toEqual([]);
  });

  it("throws for any donation of 0 or less", () => {
    expect(() => toHmrcRows([donation(), donation({ amountPence: 0 })])).toThrow(RangeError);
  });
});

// One line per rule of HMRC's schedule guidance, each against the one function that applies it
// (the table in docs/gift-aid.md). The cases above test each rule's edges.
describe("HMRC's rules, one function each", () => {
  it.each<[string, () => string, string]>([
    ["title: at most 4 characters", () => hmrcTitle("Prof"), "Prof"],
    ["title: a longer one is left blank", () => hmrcTitle("Professor"), ""],
    ["title: optional", () => hmrcTitle(null), ""],
    ["first name: one name, no spaces", () => hmrcFirstName("Mary Jane"), "Mary"],
    ["first name: an initial is enough", () => hmrcFirstName("J."), "J"],
    ["first name: at most 35 characters", () => hmrcFirstName("B".repeat(36)), "B".repeat(35)],
    ["last name: double-barrelled with a space, not a hyphen", () => hmrcLastName("House-Martin"), "House Martin"],
    ["last name: at most 35 characters", () => hmrcLastName("C".repeat(36)), "C".repeat(35)],
    ["house name or number: at most 40 characters", () => hmrcHouseNameOrNumber("D".repeat(41)), "D".repeat(40)],
    ["postcode: capitals with a space", () => hmrcPostcode("s192bd"), "S19 2BD"],
    ["postcode: X outside the UK", () => hmrcPostcode("75008"), "X"],
    ["donation date: DD/MM/YY", () => hmrcDonationDate(new Date("2026-12-06T12:00:00Z")), "06/12/26"],
    ["amount: no £, two decimals", () => hmrcAmount(20000), "200.00"],
    ["aggregated donations: blank, each donation on its own row", () => toHmrcRow(donation()).aggregatedDonations, ""],
    ["sponsored event: blank, never sponsorship", () => toHmrcRow(donation()).sponsored, ""],
  ])("%s", (_rule, apply, expected) => {
    expect(apply()).toBe(expected);
  });
});

describe("scheduleRanges: at most 1,000 rows per schedule", () => {
  it("is HMRC's limit", () => {
    expect(HMRC_ROWS_PER_SCHEDULE).toBe(1000);
  });

  it.each<[number, [number, number][]]>([
    [0, []],
    [1, [[1, 1]]],
    [999, [[1, 999]]],
    [1000, [[1, 1000]]],
    [
      1001,
      [
        [1, 1000],
        [1001, 1001],
      ],
    ],
    [
      2345,
      [
        [1, 1000],
        [1001, 2000],
        [2001, 2345],
      ],
    ],
    [
      3000,
      [
        [1, 1000],
        [1001, 2000],
        [2001, 3000],
      ],
    ],
  ])("%i rows → %j", (rows, expected) => {
    const ranges = scheduleRanges(rows);
    expect(ranges.map((r) => [r.firstRow, r.lastRow])).toEqual(expected);
    expect(ranges.map((r) => r.number)).toEqual(expected.map((_, i) => i + 1));
    for (const r of ranges) expect(r.of).toBe(expected.length);
  });

  it("covers every row exactly once, whatever the size", () => {
    for (const rows of [1, 7, 1000, 1999, 2000, 2001, 12345]) {
      const ranges = scheduleRanges(rows);
      const covered = ranges.flatMap((r) => Array.from({ length: r.lastRow - r.firstRow + 1 }, (_, i) => r.firstRow + i));
      expect(covered).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
      expect(Math.max(...ranges.map((r) => r.lastRow - r.firstRow + 1))).toBeLessThanOrEqual(1000);
    }
  });

  it.each([-1, 1.5, Number.NaN])("refuses %s rows", (rows) => {
    expect(() => scheduleRanges(rows)).toThrow(RangeError);
  });
});
