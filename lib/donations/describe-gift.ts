import { formatPence } from "@/lib/format/money";

/** "2 winter coats", "1 clothing pack", "A gift of £40": what a donation buys, in words. */
export function describeGift(gift: { kind: "COAT" | "PACK" | "CUSTOM"; quantity: number; amountPence: number }): string {
  if (gift.kind === "COAT") return gift.quantity === 1 ? "1 winter coat" : `${gift.quantity} winter coats`;
  if (gift.kind === "PACK") return gift.quantity === 1 ? "1 clothing pack" : `${gift.quantity} clothing packs`;
  return `A gift of ${formatPence(gift.amountPence)}`;
}
