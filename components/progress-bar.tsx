import { barParts, type ProgressFigures } from "@/lib/campaign/progress";
import { fundedWords, handedInWords, progressBarName, progressSummary } from "@/lib/campaign/progress-words";

/**
 * One bar in two parts: coats funded by gifts (solid) then coats handed in (striped, a lighter
 * shade), with a legend that says each in words beside a swatch of the same fill, so neither the
 * bar nor the legend depends on colour alone. `compact` is the widget's smaller size.
 */
export function ProgressBar({ progress, compact = false }: { progress: ProgressFigures; compact?: boolean }) {
  const parts = barParts(progress);
  return (
    <>
      <div
        role="progressbar"
        aria-label={progressBarName}
        aria-valuemin={0}
        aria-valuemax={progress.goal}
        aria-valuenow={Math.min(progress.coatsTowardGoal, progress.goal)}
        aria-valuetext={progressSummary(progress)}
        className={compact ? "progress-track mt-2 h-4" : "progress-track mt-4 h-5"}
      >
        <div data-part="funded" className="h-full bg-ember" style={{ width: `${parts.funded}%` }} />
        <div data-part="handed-in" className="progress-handed-in h-full" style={{ width: `${parts.handedIn}%` }} />
      </div>
      <ul className={compact ? "progress-legend mt-1.5 gap-x-3 text-xs" : "progress-legend mt-3 gap-x-4 gap-y-1 text-base"}>
        <li>
          <span aria-hidden="true" className="bg-ember" />
          {fundedWords(progress)}
        </li>
        <li>
          <span aria-hidden="true" className="progress-handed-in" />
          {handedInWords(progress)}
        </li>
      </ul>
    </>
  );
}
