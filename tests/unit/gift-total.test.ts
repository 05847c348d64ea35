import { describe, expect, it } from "vitest";
import { giftAidOn, giftTotal } from "@/lib/donations/checkout/gift-total";
import { parseDonationForm } from "@/lib/donations/checkout/donation-form-schema";
import { coverFeePence, priceGift, type Pricing } from "@/lib/donations/checkout/price-gift";

const pricing: Pricing = { coatPricePence: 2500, packPricePence: 1300, feeBasisPoints: 150, feeFixedPence: 20 };

describe("the donate form's running total", () => {
  it("shows the gift, the exact fee the server adds (not 1.5% + 20p of the gift), and the sum", () => {
    // Two coats: £50. The fee covering a 1.5% + 20p charge on the *total* is £0.97, where the
    // old label's sum on the gift would have said £0.95.
    expect(giftTotal(pricing, { gift: "coat", quantity: "2", coverFee: true })).toEqual({ amountPence: 5000, feePence: 97, totalPence: 5097, giftAidPence: 0 });
    expect(Math.round(5000 * 0.015) + 20).toBe(95);
    expect(giftTotal(pricing, { gift: "pack", quantity: "1", coverFee: false })).toEqual({ amountPence: 1300, feePence: 0, totalPence: 1300, giftAidPence: 0 });
  });

  it("adds what Gift Aid is worth, a quarter of the gift (never of the fee), only when ticked", () => {
    expect(giftTotal(pricing, { gift: "custom", amount: "10", coverFee: true, giftAid: true })).toMatchObject({ amountPence: 1000, giftAidPence: 250 });
    expect(giftTotal(pricing, { gift: "custom", amount: "10", coverFee: true, giftAid: false })?.giftAidPence).toBe(0);
    // Whole pence, rounded down: HMRC never pays a fraction of a penny.
    expect(giftAidOn(1001)).toBe(250);
    expect(giftAidOn(1003)).toBe(250);
    expect(giftAidOn(1004)).toBe(251);
  });

  it("agrees with what the server charges, for every choice the form allows", () => {
    const choices: Record<string, string>[] = [];
    for (let quantity = 1; quantity <= 20; quantity++) {
      choices.push({ gift: "coat", quantity: String(quantity) }, { gift: "pack", quantity: String(quantity), amount: " " });
    }
    for (const amount of ["2", "2.01", "12.50", "19.99", "25", "99.99", "1,000", "9999.99", "10000"]) choices.push({ gift: "custom", amount });
    for (const choice of choices) {
      const parsed = parseDonationForm({ ...choice, coverFee: "on", attempt: "a1" });
      if (!parsed.ok) throw new Error(`the form should accept ${JSON.stringify(choice)}`);
      const charged = priceGift(pricing, parsed.data);
      const shown = giftTotal(pricing, { ...choice, coverFee: true });
      expect(shown, JSON.stringify(choice)).toMatchObject({ amountPence: charged.amountPence, feePence: charged.feePence, totalPence: charged.totalPence });
      expect(shown?.feePence).toBe(coverFeePence(pricing, charged.amountPence));
    }
  });

  it("shows nothing for a choice the server would refuse", () => {
    for (const input of [
      { gift: "custom", amount: "1" },
      { gift: "custom", amount: "" },
      { gift: "custom", amount: "ten" },
      { gift: "custom", amount: "10000.01" },
      { gift: "coat", quantity: "0" },
      { gift: "coat", quantity: "21" },
      { gift: "pack", quantity: "1.5" },
      { gift: "coat", quantity: "2", amount: "40" },
      { gift: "pack", quantity: "1", amount: "ten" },
      { gift: "", quantity: "1" },
    ]) {
      expect(giftTotal(pricing, input), JSON.stringify(input)).toBeNull();
    }
  });
});
