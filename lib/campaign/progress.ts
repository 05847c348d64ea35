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

/**
 * The appeal's progress, in two parts that are never mixed up in words: coats *funded* (bought
 * with money given) and coats *handed in* (given as coats at a drop-off point). Both count toward
 * the goal; only money is ever called "funded".
 */
export type Progress = {
  goal: number;
  /** Coats paid for with money: coats bought, plus whole coat-price equivalents of other gifts. */
  coatsFunded: number;
  /** Coats handed in at drop-off points, as staff record them. */
  coatsHandedIn: number;
  /** Both together: the count toward the goal. */
  coatsTowardGoal: number;
  raisedPence: number;
  donationCount: number;
  /** coatsTowardGoal as a share of the goal, 0 to 100 to one decimal; may pass 100 when the goal is beaten. */
  percent: number;
};

/** The figures the bar and its words need: what /api/progress publishes, too. */
export type ProgressFigures = Pick<Progress, "goal" | "coatsFunded" | "coatsHandedIn" | "coatsTowardGoal">;

/**
 * The one source of both figures. Coats funded = coats bought + whole coat-price equivalents of
 * other gifts (only whole coats count: £13 is not half a coat on anyone's back); coats handed in
 * are counted beside them, never inside.
 */
export function computeProgress(input: ProgressInput): Progress {
  const counts = input.countOtherGiftsAsCoats ?? true;
  const equivalents = counts && input.coatPricePence > 0 ? Math.floor(Math.max(0, input.otherPence) / input.coatPricePence) : 0;
  const coatsFunded = input.coatsBought + equivalents;
  const coatsHandedIn = Math.max(0, input.coatsReceivedInKind);
  const coatsTowardGoal = coatsFunded + coatsHandedIn;
  return {
    goal: input.goalCoats,
    coatsFunded,
    coatsHandedIn,
    coatsTowardGoal,
    raisedPence: input.totalPence,
    donationCount: input.donationCount,
    percent: shareOf(coatsTowardGoal, input.goalCoats),
  };
}

const shareOf = (part: number, goal: number) => (goal > 0 ? Math.round((part / goal) * 1000) / 10 : 0);

/**
 * The widths of the bar's two parts, in percent of the whole bar: funded first, handed in after
 * it, together never past 100 (a beaten goal fills the bar; the figures still say by how much).
 */
export function barParts(progress: Pick<Progress, "goal" | "coatsFunded" | "coatsHandedIn">): { funded: number; handedIn: number } {
  if (progress.goal <= 0) return { funded: 0, handedIn: 0 };
  const funded = Math.min(100, (progress.coatsFunded / progress.goal) * 100);
  const handedIn = Math.min(100 - funded, (progress.coatsHandedIn / progress.goal) * 100);
  // Rounded down, so the two never add up to more than the bar.
  return { funded: Math.floor(funded * 100) / 100, handedIn: Math.floor(handedIn * 100) / 100 };
}
