import { parsePoundsToPence } from "@/lib/forms/amount";
import { coverFeePence, type Pricing } from "./cover-fee";
import { MAX_GIFT_PENCE, MAX_QUANTITY, MIN_GIFT_PENCE, MIN_QUANTITY } from "./gift-bounds";

// In the browser (the donate form's running total): so it reads the bounds and the fee from their
// own small modules, never the messages and limits of parse-amount.ts or the rest of price-gift.ts.

/** The donation form's choices as typed (checkboxes as "on" or absent). */
export type GiftTotalInput = { gift?: string; quantity?: string; amount?: string; coverFee?: boolean; giftAid?: boolean };

export type GiftTotal = {
  /** The gift itself. */
  amountPence: number;
  /** The card fee the donor adds, exactly as the server will charge it (0 unless chosen). */
  feePence: number;
  /** What the card is charged: gift plus fee. */
  totalPence: number;
  /** What Gift Aid adds, at no cost to the donor: 25% of the gift, when the box is ticked. */
  giftAidPence: number;
};

const none = { missing: "", format: "", decimals: "", tooSmall: "", tooBig: "" };
const ownAmount = { min: MIN_GIFT_PENCE, max: MAX_GIFT_PENCE, messages: none };

/** Basic-rate Gift Aid: HMRC adds 25p for every £1 given. */
export function giftAidOn(amountPence: number): number {
  return Math.floor(amountPence / 4);
}

/**
 * The running total the donate form shows before payment, from what is typed: the same prices
 * and the same fee function (lib/donations/checkout/price-gift.ts) the server charges with. Null while the
 * choice is not yet a gift the server would accept (no amount, £1, 21 coats, coats with an
 * amount typed beside them, which the server asks about).
 */
export function giftTotal(pricing: Pricing, input: GiftTotalInput): GiftTotal | null {
  let amountPence: number;
  if (input.gift === "custom") {
    // The server's bounds (parse-amount.ts); the total needs no message, only whether it is a gift.
    const parsed = parsePoundsToPence(input.amount ?? "", ownAmount);
    if (!parsed.ok) return null;
    amountPence = parsed.pence;
  } else if (input.gift === "coat" || input.gift === "pack") {
    if ((input.amount ?? "").trim() !== "") return null;
    const typed = (input.quantity ?? "").trim();
    if (!/^\d{1,3}$/.test(typed)) return null;
    const quantity = Number(typed);
    if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) return null;
    amountPence = (input.gift === "coat" ? pricing.coatPricePence : pricing.packPricePence) * quantity;
  } else {
    return null;
  }
  const feePence = input.coverFee ? coverFeePence(pricing, amountPence) : 0;
  return { amountPence, feePence, totalPence: amountPence + feePence, giftAidPence: input.giftAid ? giftAidOn(amountPence) : 0 };
}
