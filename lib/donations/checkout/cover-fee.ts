// The card fee a donor can cover, alone: the donate form's running total (gift-total.ts) adds it
// in the browser, without the rest of price-gift.ts.

/** A campaign's prices and card fee, in integer pence and basis points (150 = 1.5%). */
export type Pricing = { coatPricePence: number; packPricePence: number; feeBasisPoints: number; feeFixedPence: number };

const BASIS = 10_000n;

/** A whole, non-negative (or positive) number of pence, as a bigint; a RangeError otherwise. */
export function wholePence(name: string, value: number, { positive = false } = {}): bigint {
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
