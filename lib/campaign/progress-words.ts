import { formatCount } from "@/lib/format/money";
import type { Progress, ProgressFigures } from "./progress";

// The words every view of the appeal's progress uses (the home page, the widget, the share card,
// the staff area), so they cannot drift apart: "funded" is said of money only; coats given as
// coats are "handed in".

const coats = (n: number) => `${formatCount(n)} ${n === 1 ? "coat" : "coats"}`;

/** "12 coats funded by gifts": bought with money given (coat gifts and whole coat-price equivalents). */
export const fundedWords = (p: Pick<Progress, "coatsFunded">) => `${coats(p.coatsFunded)} funded by gifts`;

/** "1,184 coats handed in": given as coats at drop-off points. */
export const handedInWords = (p: Pick<Progress, "coatsHandedIn">) => `${coats(p.coatsHandedIn)} handed in`;

/** "1,196 of 3,000 coats": both together, toward the goal. */
export const towardGoalWords = (p: Pick<Progress, "coatsTowardGoal" | "goal">) => `${formatCount(p.coatsTowardGoal)} of ${coats(p.goal)}`;

/** The bar's whole story in one line, for its aria-valuetext and the card's alt text. */
export const progressSummary = (p: ProgressFigures) => `${towardGoalWords(p)} toward the goal: ${fundedWords(p)}, ${handedInWords(p)}`;

/** The one-line explanation shown under every bar. */
export const progressExplanation = "Coats bought with gifts and coats handed in both count toward the goal.";

/** The accessible name of the bar. */
export const progressBarName = "Coats toward the goal";
