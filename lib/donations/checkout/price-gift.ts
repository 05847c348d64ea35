import { describeGift } from "../describe-gift";
import { coverFeePence, wholePence, type Pricing } from "./cover-fee";
import type { DonationForm } from "@/lib/donations/checkout/donation-form-schema";

export { coverFeePence, type Pricing } from "./cover-fee";

export type PricedGift = {
  kind: "COAT" | "PACK" | "CUSTOM";
  quantity: number;
  /** The gift itself: what counts toward the appeal. */
  amountPence: number;
  /** Added by the donor to cover the card fee; zero unless they chose to. */
  feePence: number;
  totalPence: number;
  /** "2 winter coats", "1 clothing pack", "A gift of £40". */
  description: string;
};

/** What the donor has chosen, priced: the gift, the optional fee and the total to charge. */
export function priceGift(pricing: Pricing, form: DonationForm): PricedGift {
  let kind: PricedGift["kind"];
  let quantity: number;
  let amountPence: number;

  if (form.gift === "custom") {
    kind = "CUSTOM";
    quantity = 1;
    amountPence = Number(wholePence("amountPence", form.amountPence, { positive: true }));
  } else {
    const coat = form.gift === "coat";
    kind = coat ? "COAT" : "PACK";
    quantity = form.quantity;
    if (!Number.isSafeInteger(quantity) || quantity < 1) {
      throw new RangeError(`quantity must be a positive whole number, not ${quantity}`);
    }
    const price = coat
      ? wholePence("coatPricePence", pricing.coatPricePence, { positive: true })
      : wholePence("packPricePence", pricing.packPricePence, { positive: true });
    amountPence = Number(price * BigInt(quantity));
  }

  const feePence = form.coverFee ? coverFeePence(pricing, amountPence) : 0;
  return { kind, quantity, amountPence, feePence, totalPence: amountPence + feePence, description: describeGift({ kind, quantity, amountPence }) };
}
