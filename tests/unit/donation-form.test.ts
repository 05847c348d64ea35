import { describe, expect, it } from "vitest";
import {
  donationFormMessages as M,
  donationFormSchema,
  parseAmountPence,
  parseDonationForm,
  type DonationForm,
} from "@/lib/donations/checkout/donation-form-schema";
import { GIFT_AID_WORDING_VERSION, giftAidScopeLabels, giftAidWording } from "@/lib/donations/gift-aid-wording";
import { coverFeePence, priceGift, type Pricing } from "@/lib/donations/checkout/price-gift";

const ATTEMPT = "a1B2_c3-d4";

function fail(form: Record<string, string>) {
  const result = parseDonationForm(form);
  if (result.ok) throw new Error(`expected the form to fail, got ${JSON.stringify(result.data)}`);
  return result;
}

function pass(form: Record<string, string>): DonationForm {
  const result = parseDonationForm(form);
  if (!result.ok) throw new Error(`expected the form to pass, got ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

const giftAidDetails = {
  giftAid: "on",
  title: "Mx",
  firstName: "Sam",
  lastName: "Okafor",
  houseNameOrNumber: "12",
  addressLine: "Harbour Street, Dover",
  postcode: "ct161aa",
  giftAidScope: "ENDURING",
  giftAidConfirm: "on",
};

describe("custom amounts", () => {
  it.each([
    ["25", 2500],
    ["25.5", 2550],
    ["25.50", 2550],
    [" 12.5 ", 1250],
    ["£1,000", 100000],
    ["£ 40", 4000],
    ["1,000.50", 100050],
    ["19.99", 1999],
    ["2", 200],
    ["2.00", 200],
    ["002", 200],
    ["25.", 2500],
    ["10000", 1000000],
    ["10,000.00", 1000000],
    ["4.35", 435], // 4.35 * 100 is 434.99999999999994 in floating point
    ["2.15", 215], // 2.15 * 100 is 215.00000000000003
    ["1234.56", 123456],
    ["9999.99", 999999],
  ])("%j is %s pence", (typed, pence) => {
    expect(parseAmountPence(typed)).toEqual({ ok: true, pence });
    expect(pass({ gift: "custom", amount: typed, attempt: ATTEMPT })).toMatchObject({ gift: "custom", amountPence: pence });
  });

  it.each([
    ["", M.amountMissing],
    ["   ", M.amountMissing],
    ["1.005", M.amountDecimals],
    ["25.123", M.amountDecimals],
    ["1.99", M.amountTooSmall],
    ["0.1", M.amountTooSmall],
    ["0", M.amountTooSmall],
    ["-5", M.amountTooSmall],
    ["-£5", M.amountTooSmall],
    ["£-5", M.amountTooSmall],
    ["10000.01", M.amountTooBig],
    ["10001", M.amountTooBig],
    ["99999999999999999999999", M.amountTooBig],
    ["abc", M.amountFormat],
    ["twenty", M.amountFormat],
    ["10,00", M.amountFormat],
    ["1e3", M.amountFormat],
    ["0x20", M.amountFormat],
    ["25 50", M.amountFormat],
    ["25,50", M.amountFormat],
    [".50", M.amountFormat],
    ["£", M.amountFormat],
    ["Infinity", M.amountFormat],
    ["NaN", M.amountFormat],
    ["2\n5", M.amountFormat],
  ])("%j is refused: %s", (typed, message) => {
    expect(parseAmountPence(typed)).toEqual({ ok: false, message });
    const result = fail({ gift: "custom", amount: typed, attempt: ATTEMPT });
    expect(result.fieldErrors).toEqual({ amount: message });
    expect(result.values.amount).toBe(typed);
  });

  it("uses the words the brief asks for", () => {
    expect(M.amountTooSmall).toBe("Give at least £2");
    expect(M.amountTooBig.startsWith("For gifts over £10,000 please contact us")).toBe(true);
  });

  it("ignores quantity for a custom gift", () => {
    const data = pass({ gift: "custom", amount: "40", quantity: "abc", attempt: ATTEMPT });
    expect(data).not.toHaveProperty("quantity");
    expect(data).toMatchObject({ gift: "custom", amountPence: 4000 });
  });
});

describe("coats and packs", () => {
  it.each([
    ["coat", "1", 1],
    ["coat", "20", 20],
    ["pack", " 3 ", 3],
    ["pack", "07", 7],
  ])("%s × %j", (gift, quantity, expected) => {
    const data = pass({ gift, quantity, attempt: ATTEMPT });
    expect(data).toMatchObject({ gift, quantity: expected });
    expect(data).not.toHaveProperty("amountPence");
  });

  it.each([["0"], ["21"], ["2.5"], ["abc"], [""], ["-1"], ["1e1"], ["1000"], ["99999999999999999999"]])("a quantity of %j is refused", (quantity) => {
    for (const gift of ["coat", "pack"]) {
      const result = fail({ gift, quantity, attempt: ATTEMPT });
      expect(result.fieldErrors).toEqual({ quantity: "Choose how many, from 1 to 20" });
    }
  });

  it("needs a quantity", () => {
    expect(fail({ gift: "coat", attempt: ATTEMPT }).fieldErrors).toEqual({ quantity: M.quantity });
  });

  it("ignores an empty or blank amount beside coats", () => {
    for (const amount of ["", "   "]) {
      const data = pass({ gift: "coat", quantity: "2", amount, attempt: ATTEMPT });
      expect(data).toMatchObject({ gift: "coat", quantity: 2 });
      expect(data).not.toHaveProperty("amountPence");
    }
  });

  // The form shows the chosen coats and the typed amount at once (a post without script keeps
  // "A winter coat" checked while the donor types £40): neither is guessed, the donor is asked.
  it.each([
    [
      "coat",
      "40",
      "You chose a winter coat and also typed £40: which did you mean? To give £40, choose “An amount you choose”; to give coats, clear the amount",
    ],
    [
      "pack",
      "£12.50",
      "You chose a clothing pack and also typed £12.50: which did you mean? To give £12.50, choose “An amount you choose”; to give packs, clear the amount",
    ],
    [
      "coat",
      "lots",
      "You chose a winter coat and also typed an amount of your own: which did you mean? To give an amount of your own, choose “An amount you choose”; to give coats, clear the amount",
    ],
    ["coat", "1", "You chose a winter coat and also typed £1: which did you mean? To give £1, choose “An amount you choose”; to give coats, clear the amount"],
  ])("asks which was meant when %s is chosen and %j typed, keeping both", (gift, amount, message) => {
    const result = fail({ gift, quantity: "2", amount, attempt: ATTEMPT });
    expect(result.fieldErrors).toEqual({ gift: message });
    expect(result.values).toMatchObject({ gift, quantity: "2", amount });
  });

  it("still reports a bad quantity beside the question", () => {
    expect(fail({ gift: "coat", quantity: "0", amount: "40", attempt: ATTEMPT }).fieldErrors).toEqual({
      gift: expect.stringContaining("which did you mean?"),
      quantity: M.quantity,
    });
  });
});

describe("the rest of the form", () => {
  it("needs a choice of gift", () => {
    for (const gift of [undefined, "", "COAT", "sleeping bag", "__proto__"]) {
      const form: Record<string, string> = { quantity: "2", attempt: ATTEMPT };
      if (gift !== undefined) form.gift = gift;
      expect(fail(form).fieldErrors).toEqual({ gift: "Choose what you'd like to give" });
    }
  });

  it("gives defaults when only the gift is chosen", () => {
    expect(pass({ gift: "coat", quantity: "1", attempt: ATTEMPT })).toEqual({
      gift: "coat",
      quantity: 1,
      frequency: "once",
      coverFee: false,
      anonymous: false,
      emailConsent: false,
      giftAid: null,
      attempt: ATTEMPT,
      // Coat drives (issue #18): given to the appeal directly.
      drive: null,
      showAmountOnDrive: false,
    });
  });

  it("reads frequency and checkboxes", () => {
    const data = pass({
      gift: "pack",
      quantity: "2",
      frequency: "monthly",
      coverFee: "on",
      anonymous: "on",
      emailConsent: "on",
      attempt: ATTEMPT,
    });
    expect(data).toMatchObject({ frequency: "monthly", coverFee: true, anonymous: true, emailConsent: true });
    expect(pass({ gift: "pack", quantity: "2", frequency: "", attempt: ATTEMPT }).frequency).toBe("once");
    expect(pass({ gift: "pack", quantity: "2", coverFee: "", attempt: ATTEMPT }).coverFee).toBe(false);
  });

  it("refuses an unknown frequency", () => {
    expect(fail({ gift: "pack", quantity: "2", frequency: "weekly", attempt: ATTEMPT }).fieldErrors).toEqual({
      frequency: M.frequency,
    });
  });

  it.each([[undefined], [""], ["has space"], ["a".repeat(65)], ["semi;colon"], ["line\nbreak"]])("needs a well-formed attempt id, not %j", (attempt) => {
    const form: Record<string, string> = { gift: "coat", quantity: "1" };
    if (attempt !== undefined) form.attempt = attempt;
    expect(fail(form).fieldErrors).toEqual({ attempt: M.attempt });
  });

  it("accepts a 64-character attempt id", () => {
    expect(pass({ gift: "coat", quantity: "1", attempt: "A_-9".repeat(16) }).attempt).toBe("A_-9".repeat(16));
  });

  it("reports every field at once, keeping everything typed", () => {
    const form = { gift: "custom", amount: "abc", frequency: "yearly", unknownField: "kept", ...giftAidDetails, postcode: "nope" };
    const result = fail(form);
    expect(result.fieldErrors).toEqual({
      amount: M.amountFormat,
      frequency: M.frequency,
      postcode: "Enter a UK postcode, like CT16 1AA",
      attempt: M.attempt,
    });
    expect(result.values).toEqual(form);
  });

  it("accepts FormData, taking the first of repeated fields and skipping files", () => {
    const fd = new FormData();
    fd.append("gift", "coat");
    fd.append("quantity", "3");
    fd.append("quantity", "5");
    fd.append("attempt", ATTEMPT);
    fd.append("photo", new Blob(["x"]), "photo.jpg");
    fd.append("coverFee", "on");
    const result = parseDonationForm(fd);
    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({ gift: "coat", quantity: 3, coverFee: true }),
    });

    fd.set("quantity", "0");
    const failed = parseDonationForm(fd);
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.values).toEqual({ gift: "coat", quantity: "0", attempt: ATTEMPT, coverFee: "on" });
      expect(failed.fieldErrors).toEqual({ quantity: M.quantity });
    }
  });

  it("keeps a __proto__ field as typed without touching prototypes", () => {
    const fd = new FormData();
    fd.append("__proto__", "x");
    fd.append("gift", "nothing");
    const result = parseDonationForm(fd);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.getOwnPropertyDescriptor(result.values, "__proto__")?.value).toBe("x");
      expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype);
    }
  });

  it("is a zod schema over the fields by name", () => {
    expect(donationFormSchema.safeParse({ gift: "coat", quantity: "2", attempt: ATTEMPT }).success).toBe(true);
  });
});

describe("Gift Aid", () => {
  it("gives the declaration details, tidied, when ticked", () => {
    const data = pass({
      gift: "coat",
      quantity: "2",
      attempt: ATTEMPT,
      ...giftAidDetails,
      firstName: "  Sam  ",
      addressLine: " Harbour   Street,\tDover ",
    });
    expect(data.giftAid).toEqual({
      title: "Mx",
      firstName: "Sam",
      lastName: "Okafor",
      houseNameOrNumber: "12",
      addressLine: "Harbour Street, Dover",
      postcode: "CT16 1AA",
      scope: "ENDURING",
    });
  });

  it("leaves out an empty title", () => {
    const data = pass({ gift: "coat", quantity: "2", attempt: ATTEMPT, ...giftAidDetails, title: "  " });
    expect(data.giftAid).not.toHaveProperty("title");
    expect(data.giftAid?.scope).toBe("ENDURING");
  });

  it("reports each missing detail on its own field, keeping what was typed", () => {
    const form = { gift: "custom", amount: "30", attempt: ATTEMPT, giftAid: "on", title: "Dr", firstName: "Ada" };
    const result = fail(form);
    expect(result.fieldErrors).toEqual({
      lastName: "Enter your last name",
      houseNameOrNumber: "Enter your house name or number",
      addressLine: "Enter your address",
      postcode: "Enter a UK postcode, like CT16 1AA",
      giftAidScope: "Choose which donations you'd like to Gift Aid",
      giftAidConfirm: "Please confirm you are a UK taxpayer and have read the declaration",
    });
    expect(result.values).toEqual(form);
  });

  it("needs the taxpayer confirmation", () => {
    const { giftAidConfirm: _unused, ...unconfirmed } = giftAidDetails;
    const result = fail({ gift: "coat", quantity: "1", attempt: ATTEMPT, ...unconfirmed });
    expect(result.fieldErrors).toEqual({ giftAidConfirm: M.giftAidConfirm });
  });

  it.each([
    ["title", "Prof.", M.titleTooLong],
    ["firstName", "x".repeat(36), M.firstNameTooLong],
    ["lastName", "x".repeat(36), M.lastNameTooLong],
    ["houseNameOrNumber", "x".repeat(41), M.houseTooLong],
    ["addressLine", "x".repeat(101), M.addressTooLong],
    ["giftAidScope", "EVERYTHING", M.giftAidScope],
    ["firstName", "   ", M.firstNameMissing],
  ])("refuses %s = %j", (field, value, message) => {
    const result = fail({ gift: "coat", quantity: "1", attempt: ATTEMPT, ...giftAidDetails, [field]: value });
    expect(result.fieldErrors).toEqual({ [field]: message });
  });

  it("accepts the longest allowed details", () => {
    const data = pass({
      gift: "coat",
      quantity: "1",
      attempt: ATTEMPT,
      ...giftAidDetails,
      title: " Rev ",
      firstName: "x".repeat(35),
      lastName: "y".repeat(35),
      houseNameOrNumber: "z".repeat(40),
      addressLine: "w".repeat(100),
      giftAidScope: "THIS_DONATION",
    });
    expect(data.giftAid).toMatchObject({ title: "Rev", scope: "THIS_DONATION" });
  });

  it.each([
    ["title", "Mr\n"],
    ["firstName", "Sam\nBcc: someone@example.org"],
    ["lastName", "Okafor\r"],
    ["houseNameOrNumber", "12\r\n13"],
    ["addressLine", "Harbour Street\nDover"],
    ["addressLine", "Harbour Street\u2028Dover"],
    ["addressLine", "Harbour Street\u0000Dover"],
    ["postcode", "CT16\n1AA"],
  ])("refuses a line break in %s", (field, value) => {
    const result = fail({ gift: "coat", quantity: "1", attempt: ATTEMPT, ...giftAidDetails, [field]: value });
    expect(result.fieldErrors).toEqual({ [field]: "Please keep this to one line" });
    expect(result.values[field]).toBe(value);
  });

  it("asks a monthly gift for the declaration that covers future donations", () => {
    const monthly = { gift: "coat", quantity: "1", frequency: "monthly", attempt: ATTEMPT, ...giftAidDetails };
    const result = fail({ ...monthly, giftAidScope: "THIS_DONATION" });
    expect(result.fieldErrors).toEqual({ giftAidScope: M.monthlyNeedsEnduring });
    expect(result.values.giftAidScope).toBe("THIS_DONATION");
    expect(pass({ ...monthly, giftAidScope: "ENDURING" }).giftAid).toMatchObject({ scope: "ENDURING" });
    // A one-off gift may be Gift Aided alone.
    expect(pass({ ...monthly, frequency: "once", giftAidScope: "THIS_DONATION" }).giftAid).toMatchObject({ scope: "THIS_DONATION" });
    // Reported with every other problem at once, not after them.
    expect(fail({ ...monthly, giftAidScope: "THIS_DONATION", firstName: "" }).fieldErrors).toEqual({
      giftAidScope: M.monthlyNeedsEnduring,
      firstName: M.firstNameMissing,
    });
  });

  it("is null when not ticked, whatever else was sent", () => {
    const { giftAid: _unused, ...details } = giftAidDetails;
    const data = pass({ gift: "coat", quantity: "1", attempt: ATTEMPT, ...details, firstName: "x".repeat(99), postcode: "nope" });
    expect(data.giftAid).toBeNull();
    expect(data).not.toHaveProperty("firstName");
    expect(data).not.toHaveProperty("postcode");
  });
});

describe("Gift Aid wording", () => {
  it("follows HMRC's model for a single donation", () => {
    const text = giftAidWording("THIS_DONATION", "Care4Calais");
    expect(text.startsWith("I want to Gift Aid this donation to Care4Calais.")).toBe(true);
    expect(text).toContain(
      "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.",
    );
    expect(text).not.toContain("past 4 years");
    expect(text).not.toMatch(/[{}]|£_/);
  });

  it("follows HMRC's model for an enduring declaration", () => {
    const text = giftAidWording("ENDURING", "  Care4Calais ");
    expect(text.startsWith("I want to Gift Aid this donation and any donations I make in the future or have made in the past 4 years to Care4Calais.")).toBe(
      true,
    );
    expect(text).toContain("Please notify Care4Calais if you:\n- want to cancel this declaration");
    expect(text).toContain("Self-Assessment tax return");
  });

  it("takes a charity name with $ signs literally", () => {
    expect(giftAidWording("THIS_DONATION", "$& $1 Trust")).toContain("to $& $1 Trust.");
  });

  it("is versioned and labelled", () => {
    expect(GIFT_AID_WORDING_VERSION).toBe("hmrc-model-2026-1");
    expect(Object.keys(giftAidScopeLabels).sort()).toEqual(["ENDURING", "THIS_DONATION"]);
    expect(() => giftAidWording("THIS_DONATION", "  ")).toThrow();
  });
});

describe("pricing", () => {
  const pricing: Pricing = { coatPricePence: 2500, packPricePence: 1500, feeBasisPoints: 150, feeFixedPence: 20 };
  const form = (fields: Record<string, string>) => pass({ attempt: ATTEMPT, ...fields });

  /** What remains of a total once a fee of bp basis points plus the fixed part is taken, times 10000. */
  const remainsTimes10000 = (total: number, p: Pricing) => total * (10_000 - p.feeBasisPoints) - p.feeFixedPence * 10_000;

  it("covers the fee on 2 coats exactly", () => {
    const priced = priceGift(pricing, form({ gift: "coat", quantity: "2", coverFee: "on" }));
    expect(priced).toEqual({
      kind: "COAT",
      quantity: 2,
      amountPence: 5000,
      feePence: 97,
      totalPence: 5097,
      description: "2 winter coats",
    });
    // total × (1 − 0.015) − 20 ≥ 5000, and one penny less would not be enough.
    expect(remainsTimes10000(priced.totalPence, pricing)).toBeGreaterThanOrEqual(5000 * 10_000);
    expect(remainsTimes10000(priced.totalPence - 1, pricing)).toBeLessThan(5000 * 10_000);
  });

  it("finds the smallest sufficient fee for many amounts and fees", () => {
    for (const p of [
      pricing,
      { ...pricing, feeBasisPoints: 140, feeFixedPence: 20 },
      { ...pricing, feeBasisPoints: 325, feeFixedPence: 0 },
      { ...pricing, feeBasisPoints: 0, feeFixedPence: 30 },
      { ...pricing, feeBasisPoints: 9999, feeFixedPence: 1 },
    ]) {
      for (const amount of [0, 1, 199, 200, 333, 1999, 2500, 5000, 12345, 999999, 1_000_000]) {
        const total = amount + coverFeePence(p, amount);
        expect(remainsTimes10000(total, p)).toBeGreaterThanOrEqual(amount * 10_000);
        expect(remainsTimes10000(total - 1, p)).toBeLessThan(amount * 10_000);
      }
    }
    expect(coverFeePence({ ...pricing, feeBasisPoints: 0, feeFixedPence: 0 }, 5000)).toBe(0);
  });

  it("charges no fee unless asked", () => {
    expect(priceGift(pricing, form({ gift: "pack", quantity: "1" }))).toEqual({
      kind: "PACK",
      quantity: 1,
      amountPence: 1500,
      feePence: 0,
      totalPence: 1500,
      description: "1 clothing pack",
    });
  });

  it.each([
    [{ gift: "coat", quantity: "1" }, "1 winter coat"],
    [{ gift: "pack", quantity: "3" }, "3 clothing packs"],
    [{ gift: "custom", amount: "40" }, "A gift of £40"],
    [{ gift: "custom", amount: "12.5" }, "A gift of £12.50"],
    [{ gift: "custom", amount: "£1,000" }, "A gift of £1,000"],
  ])("describes %j as %j", (fields, description) => {
    expect(priceGift(pricing, form(fields)).description).toBe(description);
  });

  it("prices a custom gift as one gift of its amount", () => {
    expect(priceGift(pricing, form({ gift: "custom", amount: "40", coverFee: "on" }))).toMatchObject({
      kind: "CUSTOM",
      quantity: 1,
      amountPence: 4000,
      feePence: coverFeePence(pricing, 4000),
      totalPence: 4000 + coverFeePence(pricing, 4000),
    });
  });

  it("refuses pricing that is not whole pence", () => {
    expect(() => coverFeePence({ ...pricing, feeBasisPoints: 10_000 }, 100)).toThrow(RangeError);
    expect(() => coverFeePence({ ...pricing, feeFixedPence: 0.5 }, 100)).toThrow(RangeError);
    expect(() => coverFeePence(pricing, -1)).toThrow(RangeError);
    expect(() => priceGift({ ...pricing, coatPricePence: 0 }, form({ gift: "coat", quantity: "1" }))).toThrow(RangeError);
  });
});
