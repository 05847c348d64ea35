"use client";

import type { FormKit } from "@/components/forms/form-kit-core";

/**
 * The summary at the top of a refused form: each problem (`kit.error`: the browser's, where it
 * found one since, else the server's), in the order of `fields`, linking to its
 * control (`[name, id]` when the control's id is not `kit.id(name)`: the first radio of a group);
 * a problem of a field not listed (a lost attempt id, a rate limit) is said without a link, and a
 * refusal with no field's problem says the form's message under `failedTitle`. Focus moves here
 * with script; without it, the answer's address ends in `#<id>` so the page opens here.
 *
 * A file of its own (re-exported by form-kit.tsx) so that the donate and volunteer forms load it
 * and the kit's core, not the rest of the kit (docs/performance.md, "The scripts").
 */
export function ProblemSummary({
  kit,
  id,
  fields,
  title,
  failedTitle,
}: {
  kit: FormKit;
  id: string;
  fields: readonly (string | readonly [name: string, target: string])[];
  /** "There’s a problem with your donation": when some answers need correcting. */
  title: string;
  /** "Your donation wasn’t started": when nothing the person typed was wrong. */
  failedTitle: string;
}) {
  const { state } = kit;
  if (state.status !== "error") return null;
  const errors = { ...state.fieldErrors };
  const problems: [message: string, target?: string][] = [];
  for (const field of fields) {
    const [name, target] = typeof field === "string" ? [field, kit.id(field)] : field;
    const message = kit.error(name);
    delete errors[name];
    if (message) problems.push([message, target]);
  }
  for (const message of Object.values(errors)) problems.push([message]);
  const bold = "font-semibold text-ember-dark";
  return (
    <div
      {...kit.focus}
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
          {problems.map(([message, target]) => (
            <li key={`${target ?? ""}:${message}`}>
              {target ? (
                <a href={`#${target}`} className={bold}>
                  {message}
                </a>
              ) : (
                <span className={bold}>{message}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{state.message}</p>
      )}
    </div>
  );
}
