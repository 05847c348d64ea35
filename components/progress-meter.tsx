import type { Progress } from "@/lib/campaign/progress";
import { progressExplanation } from "@/lib/campaign/progress-words";
import { formatCount, formatPence } from "@/lib/format/money";
import { ProgressBar } from "./progress-bar";

/** Coats toward the goal, funded and handed in, with the figures behind the bar. */
export function ProgressMeter({ progress }: { progress: Progress }) {
  return (
    <div className="meter">
      <p className="meter-head">
        <span className="meter-count">{formatCount(progress.coatsTowardGoal)}</span>
        <span className="text-ink-soft">{`of ${formatCount(progress.goal)} coats`}</span>
      </p>
      <ProgressBar progress={progress} />
      <p className="mt-2 text-sm text-ink-soft">{progressExplanation}</p>
      {/* Each dt above its dd, one column a pair, by the grid (app/globals.css): no wrapper per pair. */}
      <dl className="meter-figures">
        <dt>Of the goal</dt>
        <dd>{`${progress.percent}%`}</dd>
        <dt>Raised</dt>
        <dd>{formatPence(progress.raisedPence)}</dd>
        <dt>Gifts</dt>
        <dd>{formatCount(progress.donationCount)}</dd>
      </dl>
    </div>
  );
}
