import { describe, expect, it } from "vitest";
import { normaliseUkPostcode, ukPostcodeSchema } from "@/lib/geocode/normalise-uk-postcode";

describe("normaliseUkPostcode", () => {
  it.each([
    // One of each outward format: A9, A99, A9A, AA9, AA99, AA9A.
    ["M1 1AE", "M1 1AE"],
    ["B33 8TH", "B33 8TH"],
    ["W1A 0AX", "W1A 0AX"],
    ["CR2 6XH", "CR2 6XH"],
    ["DN55 1PT", "DN55 1PT"],
    ["EC1A 1BB", "EC1A 1BB"],
    ["CT16 1AA", "CT16 1AA"],
    ["SW1A 1AA", "SW1A 1AA"],
    ["N1C 4AG", "N1C 4AG"],
    ["E1W 1YY", "E1W 1YY"],
    ["WC2N 5DU", "WC2N 5DU"],
    ["GIR 0AA", "GIR 0AA"],
    // Case, spacing and stray whitespace.
    ["ct161aa", "CT16 1AA"],
    [" sw1a  1aa ", "SW1A 1AA"],
    ["sw1a1aa", "SW1A 1AA"],
    ["Ec1a 1bB", "EC1A 1BB"],
    ["m11ae", "M1 1AE"],
    ["gir0aa", "GIR 0AA"],
    ["  DN55   1PT  ", "DN55 1PT"],
    ["CT16\t1AA", "CT16 1AA"],
    ["CT16\u00a01AA", "CT16 1AA"],
    ["C T 1 6 1 A A", "CT16 1AA"],
  ])("%j is %s", (input, expected) => {
    expect(normaliseUkPostcode(input)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["12345"],
    ["CT16 1CA"], // C is never an inward letter
    ["CT16 1AI"],
    ["CT16 1KA"],
    ["CT16 1AM"],
    ["CT16 1OA"],
    ["CT16 1AV"],
    ["QQ1 1AA"], // Q never comes first
    ["V1 1AA"],
    ["X1 1AA"],
    ["AI1 1AA"], // I, J and Z never come second
    ["AZ1 1AA"],
    ["W1I 0AX"], // I is not a third-position letter in A9A
    ["EC1C 1BB"], // C is not a fourth-position letter in AA9A
    ["BFPO 123"],
    ["BFPO123"],
    ["SW1A 1AA extra"],
    ["SW1A 1AAA"],
    ["SW1A 1A"],
    ["SW1A"],
    ["CT16\n1AA"],
    ["CT16\r\n1AA"],
    ["CT16 1AA\n"],
    ["ABC1 1AA"],
    ["A1234 1AA"],
    ["GIR 0AB"],
    ["ASCN 1ZZ"],
    ["CT16-1AA"],
    ["CT16 1AA;"],
    ["ＣＴ16 1AA"],
  ])("%j is not a UK postcode", (input) => {
    expect(normaliseUkPostcode(input)).toBeNull();
  });
});

describe("ukPostcodeSchema", () => {
  it("transforms to the normalised postcode", () => {
    expect(ukPostcodeSchema.parse(" ct161aa ")).toBe("CT16 1AA");
  });

  it.each([[""], ["12345"], ["BFPO 123"], [undefined], [42]])("refuses %j with a message the donor can act on", (input) => {
    const result = ukPostcodeSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Enter a UK postcode, like CT16 1AA"]);
  });
});
