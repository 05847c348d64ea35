import type { Progress } from "@/lib/campaign/progress";
import { formatCount, formatPence } from "@/lib/format/money";

/** Coats funded toward the goal, with the figures behind the bar. */
export function ProgressMeter({ progress }: { progress: Progress }) {
  const width = Math.min(100, progress.percent);
  const label = `${formatCount(progress.coatsFunded)} of ${formatCount(progress.goal)} coats funded`;
  return (
    <div className="rounded-3xl bg-white p-6 shadow-sm ring-1 ring-ink/10 sm:p-8">
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-serif text-4xl font-semibold text-ink sm:text-5xl">{formatCount(progress.coatsFunded)}</span>
        <span className="text-ink-soft">of {formatCount(progress.goal)} coats</span>
      </p>
      <div
        role="progressbar"
        aria-label="Coats funded toward the goal"
        aria-valuemin={0}
        aria-valuemax={progress.goal}
        aria-valuenow={Math.min(progress.coatsFunded, progress.goal)}
        aria-valuetext={label}
        className="mt-4 h-5 overflow-hidden rounded-full bg-paper-deep"
      >
        <div className="h-full rounded-full bg-ember" style={{ width: `${width}%` }} />
      </div>
      <dl className="mt-5 grid grid-cols-3 gap-4 text-sm">
        <div>
          <dt className="text-ink-muted">Funded</dt>
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
