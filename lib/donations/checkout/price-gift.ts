import { describeGift } from "../describe-gift";
import type { DonationForm } from "@/lib/donations/checkout/donation-form-schema";

/** A campaign's prices and card fee, in integer pence and basis points (150 = 1.5%). */
export type Pricing = { coatPricePence: number; packPricePence: number; feeBasisPoints: number; feeFixedPence: number };

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

const BASIS = 10_000n;

function wholePence(name: string, value: number, { positive = false } = {}): bigint {
  if (!Number.isSafeInteger(value) || value < 0 || (positive && value === 0)) {
    throw new RangeError(`${name} must be a ${positive ? "positive" : "non-negative"} whole number of pence, not ${value}`);
  }
  return BigInt(value);
}

/**
 * The fee to add so that, once the card fee (basis points of the total plus a fixed part) is
 * taken from the total, the whole gift remains:
 *   total = ceil((amount + fixed) / (1 − bp/10000)),  fee = total − amount.
 * Exact integer arithmetic: ceil((amount + fixed) × 10000 / (10000 − bp)).
 */
export function coverFeePence(pricing: Pricing, amountPence: number): number {
  const amount = wholePence("amountPence", amountPence);
  const fixed = wholePence("feeFixedPence", pricing.feeFixedPence);
  const bp = pricing.feeBasisPoints;
  if (!Number.isSafeInteger(bp) || bp < 0 || bp >= 10_000) {
    throw new RangeError(`feeBasisPoints must be a whole number from 0 to 9999, not ${bp}`);
  }
  const keep = BASIS - BigInt(bp);
  const numerator = (amount + fixed) * BASIS;
  const total = (numerator + keep - 1n) / keep; // ceiling division of non-negative integers
  return Number(total - amount);
}

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
