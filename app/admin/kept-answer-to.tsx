import type { FormState } from "@/lib/forms/form-state";

// A staff page keeps one answer to a post made without script (lib/forms/kept-answers.ts), but
// may hold several forms: a status button beside its editor, a decision per photo. Each such form
// names itself in a hidden field, `answerTo`; its action carries the name back in the answer
// (`answering`), and each form takes the page's kept answer only when it bears its name
// (`answerFor`). The page's main form names nothing and takes an answer that names nothing.
// An answer whose form the page no longer shows (a photo rejected, a report decided) is said at
// the top of the page instead (`UnclaimedAnswer`).

const FIELD = "answerTo";

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

/** The hidden field naming the form its answer goes back to. */
export function AnswerTo({ name }: { name: string }) {
  return <input type="hidden" name={FIELD} value={name} />;
}

/** The action, its answer bearing the name of the form that posted (when it named one). */
export function answering(action: Action): Action {
  return async (previous, form) => {
    const state = await action(previous, form);
    const to = form.get(FIELD);
    return typeof to === "string" && to ? { ...state, values: { ...state.values, [FIELD]: to } } : state;
  };
}

/** The page's kept answer, if it is this form's (`name`; none for the page's main form). */
export function answerFor(answer: FormState | undefined, name?: string): FormState | undefined {
  return answer && answer.values?.[FIELD] === name ? answer : undefined;
}

/** A kept answer for a form the page does not show now (`shown`: the names of those it does). */
export function UnclaimedAnswer({ answer, shown }: { answer?: FormState; shown: readonly string[] }) {
  const to = answer?.values?.[FIELD];
  if (!answer?.message || !to || shown.includes(to)) return null;
  const error = answer.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      className={`rounded-2xl p-4 font-semibold ring-1 ${error ? "bg-white text-ember-dark ring-ember" : "bg-pine-light text-pine ring-pine/30"}`}
    >
      {answer.message}
    </p>
  );
}
