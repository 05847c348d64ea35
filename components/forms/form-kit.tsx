"use client";

import { FieldError, type FormKit } from "@/components/forms/form-kit-core";

// The form kit: what every form on the site is made of. A form posts to a server action and shows
// the action's answer (lib/forms/form-state.ts): a message, each field's problem beside it, and
// what was typed, kept. With script the answer arrives in place; without script the page comes
// back with the same answer in its HTML, by the way docs/architecture.md ("Forms, and what a
// post without script gets back") describes; a form whose page keeps it is handed it as `answer`. Either way this
// kit renders it the same: the summary of problems at the top (focus moved to it with script;
// the page opened at it without), every field marked aria-invalid and described by its problem.

// The hook, FieldError and SubmitButton are in form-kit-core.tsx (a file of its own so the
// newsletter form on every page loads only those), and ProblemSummary in problem-summary.tsx (so
// the donate and volunteer forms load it and the core alone). Other forms import them from here
// like the rest: a client module ships whole, whatever is taken from it.
export { useFormKit, FieldError, SubmitButton, type Action, type FormKit, type FormKitOptions } from "@/components/forms/form-kit-core";
export { ProblemSummary } from "@/components/forms/problem-summary";

const control = "mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4 aria-invalid:border-ember-dark";

function Hint({ kit, name, hint }: { kit: FormKit; name: string; hint?: string }) {
  return hint ? (
    <p id={`${kit.id(name)}-hint`} className="mt-1 text-sm text-ink-soft">
      {hint}
    </p>
  ) : null;
}

type FieldProps = {
  kit: FormKit;
  name: string;
  label: string;
  hint?: string;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  type?: "text" | "url" | "date" | "email" | "number";
  inputMode?: "numeric" | "decimal" | "url";
  prefix?: string;
  min?: number | string;
  max?: number | string;
  maxLength?: number;
  autoComplete?: string;
  autoCapitalize?: "characters" | "words" | "sentences" | "off";
  spellCheck?: boolean;
  /** Classes added to the control itself (`font-mono` for Markdown, `uppercase` for a postcode). */
  inputClassName?: string;
  className?: string;
};

/** A labelled text box (or textarea) with its hint and problem. */
export function Field({
  kit,
  name,
  label,
  hint,
  rows,
  type = "text",
  inputMode,
  prefix,
  min,
  max,
  maxLength,
  autoComplete,
  autoCapitalize,
  spellCheck,
  inputClassName = "",
  className,
}: FieldProps) {
  const id = kit.id(name);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <Hint kit={kit} name={name} hint={hint} />
      {rows ? (
        <textarea
          id={id}
          name={name}
          rows={rows}
          maxLength={maxLength}
          spellCheck={spellCheck}
          defaultValue={kit.value(name)}
          className={`${control} py-3 ${inputClassName}`}
          {...kit.aria(name, hintId)}
        />
      ) : (
        <div className="flex items-center gap-2">
          {prefix ? (
            <span aria-hidden="true" className="mt-1 font-semibold">
              {prefix}
            </span>
          ) : null}
          <input
            id={id}
            name={name}
            type={type}
            inputMode={inputMode}
            min={min}
            max={max}
            maxLength={maxLength}
            autoComplete={autoComplete}
            autoCapitalize={autoCapitalize}
            spellCheck={spellCheck}
            defaultValue={kit.value(name)}
            className={`${control} ${inputClassName}`}
            {...kit.aria(name, hintId)}
          />
        </div>
      )}
      <FieldError kit={kit} name={name} />
    </div>
  );
}

export function SelectField({
  kit,
  name,
  label,
  hint,
  options,
  className,
}: {
  kit: FormKit;
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  className?: string;
}) {
  const id = kit.id(name);
  const value = kit.value(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <Hint kit={kit} name={name} hint={hint} />
      {/* Keyed by its value: a select keeps the option it was mounted with as its reset value. */}
      <select key={value} id={id} name={name} defaultValue={value} className={control} {...kit.aria(name, hint ? `${id}-hint` : undefined)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError kit={kit} name={name} />
    </div>
  );
}

/**
 * A staff form's answer: an alert for a refusal (the message, a conflict, and each field's problem
 * linking to its field), a status otherwise. Focus moves to a refusal.
 */
export function FormMessage({ kit }: { kit: FormKit }) {
  const { state } = kit;
  const problems = Object.entries(state.fieldErrors ?? {}).filter(([name]) => name !== "version");
  if (!state.message && !state.fieldErrors?.version && !problems.length) return null;
  const error = state.status === "error";
  return (
    <div
      {...(error ? { ...kit.focus, tabIndex: -1 } : {})}
      role={error ? "alert" : "status"}
      className={`rounded-2xl p-4 font-semibold ring-1 focus:outline-3 focus:outline-offset-2 focus:outline-ember ${error ? "bg-white text-ember-dark ring-ember" : "bg-pine-light text-pine ring-pine/30"}`}
    >
      {state.message ? <p>{state.message}</p> : null}
      {state.fieldErrors?.version ? <p>{state.fieldErrors.version}</p> : null}
      {problems.length ? (
        <>
          {state.message ? null : <p>Your changes were not saved. Please check:</p>}
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map(([name, message]) => (
              <li key={name}>
                <a href={`#${kit.id(name)}`} className="text-ember-dark">
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * A small form's answer in a live region that is always there (so a screen reader hears each new
 * answer): green for done, ember for refused. `fieldless`: the form has no field to say a problem
 * beside (ticked boxes elsewhere on the page), so its first problem is said here instead.
 */
export function FormStatus({ kit, fieldless = false }: { kit: FormKit; fieldless?: boolean }) {
  const { state } = kit;
  const message = (fieldless ? Object.values(state.fieldErrors ?? {})[0] : undefined) ?? state.message;
  return (
    <div role="status" aria-live="polite">
      {message ? <p className={`font-semibold ${state.status === "error" ? "text-ember-dark" : "text-pine"}`}>{message}</p> : null}
    </div>
  );
}

/** A refusal said in words, for a form with no fields to put it beside (a one-button form). */
export function FormRefusal({ kit, fallback, className = "mt-4 font-semibold text-ember-dark" }: { kit: FormKit; fallback?: string; className?: string }) {
  const message = kit.state.status === "error" ? (kit.state.message ?? fallback) : undefined;
  return message ? (
    <p role="alert" className={className}>
      {message}
    </p>
  ) : null;
}

/** The version token the form was opened with; after a save, the one it saved. */
export function VersionField({ kit }: { kit: FormKit }) {
  return <input type="hidden" name="version" value={kit.value("version")} />;
}

export { HoneypotField } from "@/components/forms/honeypot-field";
export { RateLimitField } from "@/components/forms/rate-limit-field";
