import type { Progress } from "@/lib/campaign/progress";
import { progressExplanation } from "@/lib/campaign/progress-words";
import { formatCount, formatPence } from "@/lib/format/money";
import { ProgressBar } from "./progress-bar";

/** Coats toward the goal, funded and handed in, with the figures behind the bar. */
export function ProgressMeter({ progress }: { progress: Progress }) {
  return (
    <div className="card sm:p-8">
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-serif text-4xl font-semibold text-ink sm:text-5xl">{formatCount(progress.coatsTowardGoal)}</span>
        <span className="text-ink-soft">of {formatCount(progress.goal)} coats</span>
      </p>
      <ProgressBar progress={progress} />
      <p className="mt-2 text-sm text-ink-soft">{progressExplanation}</p>
      <dl className="mt-5 grid grid-cols-3 gap-4 text-sm">
        <div>
          <dt className="text-ink-muted">Of the goal</dt>
          <dd className="text-lg font-semibold text-ink">{progress.percent}%</dd>
        </div>
        <div>
          <dt className="text-ink-muted">Raised</dt>
          <dd className="text-lg font-semibold text-ink">{formatPence(progress.raisedPence)}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">Gifts</dt>
          <dd className="text-lg font-semibold text-ink">{formatCount(progress.donationCount)}</dd>
        </div>
      </dl>
    </div>
  );
}
