import { describe, expect, it } from "vitest";
import { HMRC_COLUMNS, toHmrcRow, toHmrcRows, type ClaimableDonation, type HmrcRow } from "@/lib/gift-aid/hmrc-schedule";

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
      ["Smith-Jones", "Smith-Jones"],
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

    it("is cut to 35 characters", () => {
      const lastName = "Featherstonehaugh-Cholmondeley-Marjoribanks";
      const row = toHmrcRow(donation({ lastName }));
      expect(row.lastName).toBe(lastName.slice(0, 35));
      expect(row.lastName).toHaveLength(35);
    });

    it("leaves no trailing space where the cut falls after a space", () => {
      const lastName = `${"A".repeat(34)} Bcdef`;
      expect(toHmrcRow(donation({ lastName })).lastName).toBe("A".repeat(34));
    });

    it("holds only letters, spaces, hyphens and apostrophes", () => {
      const row = toHmrcRow(donation({ firstName: "Ån.n@e!", lastName: "Ç#h_a/r.l,ë's-Ý" }));
      expect(row.firstName).toMatch(/^[A-Za-z'-]*$/);
      expect(row.lastName).toMatch(/^[A-Za-z' -]*$/);
      expect(row.firstName).toBe("Anne");
      expect(row.lastName).toBe("Charle's-Y");
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
