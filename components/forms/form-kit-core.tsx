"use client";

import { useActionState, useCallback, useId, useState, type ReactNode } from "react";
import { idleState, isTicked, type FormState } from "@/lib/forms/form-state";

// The form kit's core (components/forms/form-kit.tsx re-exports all of it): the hook and the two
// parts every form uses. A file of its own so that a form can take these without the rest of the
// kit: the newsletter form, on every public page, takes only these, so they are in the code every
// page loads. Keep it lean (docs/performance.md, "The scripts").

export type Action<State extends FormState> = (previous: State, form: FormData) => Promise<State>;

export type FormKitOptions<State extends FormState> = {
  /** The answer a post without script left for this page (lib/forms/answer-without-script.ts, kept-answers.ts). */
  answer?: State;
  /** The values the form opens with, before any answer (a staff form's saved record). */
  initial?: Record<string, string>;
  /** Where a post without script lands when the page gets React's own answer (useActionState's permalink). */
  permalink?: string;
  /** The start of every control's id (`volunteer` → `volunteer-email`); a generated one otherwise. */
  idPrefix?: string;
};

/**
 * The form's state, from its action: `kit` for the kit's components and the form's own markup,
 * `action` for `<form action>`. Values come, in order, from the last answer (what was typed,
 * after an error; what was saved, after a save), then `initial`. Once the server has answered,
 * its values are the whole form: a field it did not send back (an unticked box) is empty.
 */
export function useFormKit<State extends FormState>(action: Action<State>, options: FormKitOptions<State> = {}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, (options.answer ?? idleState) as Awaited<State>, options.permalink);
  const generated = useId();
  const prefix = options.idPrefix ?? generated;
  // An answer: focus goes to what the form shows for it (the summary of problems, or the
  // thank-you that replaces the form), so a screen reader reads it and a phone scrolls to it. A
  // callback ref, new with each answer: React calls it when the answer arrives (and when what
  // shows it mounts), and not again while the same answer stands.
  const focus = useCallback(
    (element: HTMLElement | null) => {
      if (state.status !== "idle") element?.focus();
    },
    [state],
  );
  // What the browser found before posting, by field (a photo too large): said first, before the
  // server's last answer. "" is the browser's word that the field is now right, so the server's
  // earlier problem with it no longer stands; undefined leaves the server's answer to speak.
  const [found, setFound] = useState<Record<string, string | undefined>>({});
  const values = state.values ?? options.initial ?? {};
  const id = (name: string) => `${prefix}-${name}`;
  const error = (name: string) => (found[name] ?? state.fieldErrors?.[name]) || undefined;
  /** A group's (fieldset's) description: its hint and, when there is one, its problem (none: no attribute). */
  const describe = (name: string, hintId?: string) => ({
    "aria-describedby": [hintId, error(name) && `${id(name)}-error`].filter(Boolean).join(" ") || undefined,
  });
  const kit = {
    state,
    pending,
    id,
    /** A field's problem: what the browser found (`found`), else the server's last answer's. */
    error,
    /** What the browser found, by field, as `setFound` left it. */
    found,
    /**
     * Says (or, with undefined, stops saying) a problem the browser found in a field before posting:
     * `error`, `aria`, `describe`, `FieldError` and `ProblemSummary` show it in place of the
     * server's. "" says the field is now right, so the server's earlier problem goes.
     */
    setFound: (name: string, problem?: string) => setFound((was) => ({ ...was, [name]: problem })),
    /** The value to show: the answer's, else `initial`'s, else `fallback` (a choice the page opens with). */
    value: (name: string, fallback = "") => values[name] ?? fallback,
    /** Whether a checkbox is ticked in the answer (or `initial`). */
    checked: (name: string) => isTicked(values[name]),
    describe,
    /** A control's description and validity: its hint, its problem, and aria-invalid while it has one. */
    aria: (name: string, hintId?: string) => ({ ...describe(name, hintId), "aria-invalid": error(name) ? (true as const) : undefined }),
    /**
     * The form's key: it changes with every answer, so uncontrolled fields show what the server
     * kept (their defaultValue is only read when they mount).
     */
    key: JSON.stringify(state.values ?? {}),
    /** Spread on what should take focus when an answer arrives, with tabIndex={-1} (the kit's summaries do it themselves). */
    focus: { ref: focus },
  };
  return [kit, formAction] as const;
}

export type FormKit = ReturnType<typeof useFormKit>[0];

/** A field's problem, beside it; the control (or its group) names it with aria-describedby. */
export function FieldError({ kit, name, className = "mt-1 font-semibold text-ember-dark" }: { kit: FormKit; name: string; className?: string }) {
  const error = kit.error(name);
  return error ? (
    <p id={`${kit.id(name)}-error`} className={className}>
      <span className="sr-only">Error: </span>
      {error}
    </p>
  ) : null;
}

/** The submit button: it says what it is doing, and cannot be pressed twice, while the answer is on its way. */
export function SubmitButton({
  kit,
  busy,
  className = "btn-primary",
  disabled,
  children,
}: {
  kit: FormKit;
  /** What it says while busy: "Sending…". */
  busy: string;
  className?: string;
  /** Not to be pressed for a reason of the form's own (a photo known to be too large). */
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button type="submit" disabled={kit.pending || disabled} className={className}>
      {kit.pending ? busy : children}
    </button>
  );
}
