export type ProgressInput = {
  goalCoats: number;
  coatPricePence: number;
  coatsReceivedInKind: number;
  /** Whether whole coat-price equivalents of other gifts count as coats (the campaign decides). */
  countOtherGiftsAsCoats?: boolean;
  /** Coats bought outright: the quantity of paid coat gifts. */
  coatsBought: number;
  /** Paid gifts that were not coats (packs, own amounts), in pence. */
  otherPence: number;
  totalPence: number;
  donationCount: number;
};

export type Progress = {
  goal: number;
  coatsFunded: number;
  raisedPence: number;
  donationCount: number;
  /** 0 to 100, for the bar; may pass 100 when the goal is beaten. */
  percent: number;
};

/**
 * Coats funded = coats handed in + coats bought + whole coat-price equivalents of other gifts.
 * Only whole coats count: £13 is not half a coat on anyone's back.
 */
export function computeProgress(input: ProgressInput): Progress {
  const counts = input.countOtherGiftsAsCoats ?? true;
  const equivalents = counts && input.coatPricePence > 0 ? Math.floor(Math.max(0, input.otherPence) / input.coatPricePence) : 0;
  const coatsFunded = input.coatsReceivedInKind + input.coatsBought + equivalents;
  return {
    goal: input.goalCoats,
    coatsFunded,
    raisedPence: input.totalPence,
    donationCount: input.donationCount,
    percent: input.goalCoats > 0 ? Math.round((coatsFunded / input.goalCoats) * 1000) / 10 : 0,
  };
}
