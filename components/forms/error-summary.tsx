import type { Ref } from "react";

/**
 * The list of problems at the top of a refused form, each linking to its field, in the order the
 * fields appear. The form moves focus here when an answer arrives with script; without script the
 * page is opened at it (its id is the address's #fragment). A problem with no field of its own
 * (a lost attempt id, a rate limit) is said in words.
 */
export function ErrorSummary({
  id,
  ref,
  focus,
  title,
  failedTitle,
  message,
  problems,
}: {
  id: string;
  ref?: Ref<HTMLDivElement>;
  /** The form kit's mark for what takes focus when an answer arrives (components/forms/form-kit.tsx). */
  focus?: Record<string, string>;
  /** "There’s a problem with your donation": when some answers need correcting. */
  title: string;
  /** "Your donation wasn’t started": when nothing the person typed was wrong. */
  failedTitle: string;
  message?: string;
  /** Each field's message and the id of the control to go to (none: no link). */
  problems: { message: string; target?: string }[];
}) {
  return (
    <div
      ref={ref}
      {...focus}
      id={id}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 rounded-2xl border-2 border-ember bg-white p-5 focus:outline-3 focus:outline-offset-2 focus:outline-ember"
    >
      <h2 id={`${id}-title`} className="font-sans text-lg font-semibold text-ember-dark">
        {problems.length ? title : failedTitle}
      </h2>
      {problems.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map((problem) => (
            <li key={`${problem.target ?? ""}:${problem.message}`}>
              {problem.target ? (
                <a href={`#${problem.target}`} className="font-semibold text-ember-dark">
                  {problem.message}
                </a>
              ) : (
                <span className="font-semibold text-ember-dark">{problem.message}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{message}</p>
      )}
    </div>
  );
}
