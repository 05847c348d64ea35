import { formatCount, formatPence } from "@/lib/format/money";
import { placeholderList, type PriceFacts } from "@/lib/markdown/placeholders";

/**
 * What the goal-and-prices form says after a save: each figure that changed, with what it was,
 * and nothing about figures that did not; or that nothing changed at all. `stillStated` names
 * staff text that states an old figure in its own words (texts-stating-figures.ts): it did not
 * follow, and the message says so rather than claim that everything did.
 */
export function goalSavedMessage(before: PriceFacts, after: PriceFacts, stillStated: string[] = []): string {
  const changes: string[] = [];
  if (before.goalCoats !== after.goalCoats) changes.push(`the goal is now ${formatCount(after.goalCoats)} coats (it was ${formatCount(before.goalCoats)})`);
  if (before.coatPricePence !== after.coatPricePence)
    changes.push(`a coat now costs ${formatPence(after.coatPricePence)} (it was ${formatPence(before.coatPricePence)})`);
  if (before.packPricePence !== after.packPricePence)
    changes.push(`a clothing pack now costs ${formatPence(after.packPricePence)} (it was ${formatPence(before.packPricePence)})`);
  if (changes.length === 0) {
    return `Saved, but nothing changed: the goal is still ${formatCount(after.goalCoats)} coats, a coat ${formatPence(after.coatPricePence)} and a clothing pack ${formatPence(after.packPricePence)}.`;
  }
  const list = changes.length === 1 ? changes[0] : `${changes.slice(0, -1).join(", ")} and ${changes.at(-1)}`;
  const figure = changes.length === 1 ? "figure" : "figures";
  const saved = `Saved: ${list}. The site’s pages, the progress widget, the share cards, the donation form and the emails sent from now on state the new ${figure}`;
  if (stillStated.length === 0) return `${saved}.`;
  const named = stillStated.length === 1 ? stillStated[0] : `${stillStated.slice(0, -1).join(", ")} and ${stillStated.at(-1)}`;
  return `${saved}, except where staff wrote the old ${figure} in words: ${named}. Edit ${stillStated.length === 1 ? "it" : "them"} to use ${placeholderList} instead.`;
}
