"use client";

import { useActionState, useId } from "react";
import { idleState, type FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * A staff form whose fields show, in order of preference: what the last answer returned (what
 * was typed, after an error; what was saved, after a save), then the values the page opened
 * with. Field errors come back keyed by field name and are tied to their field.
 */
export function useKeptForm(action: Action, initial: Record<string, string>) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const prefix = useId();
  const values = state.values ?? initial;
  const kit = {
    state,
    pending,
    id: (name: string) => `${prefix}-${name}`,
    // No falling back to `initial` once the server has answered: its values are the whole form.
    value: (name: string) => values[name] ?? "",
    error: (name: string) => state.fieldErrors?.[name],
  };
  return [kit, formAction] as const;
}

export type FormKit = ReturnType<typeof useKeptForm>[0];

const control = "mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4 aria-invalid:border-ember-dark";

function described(kit: FormKit, name: string, hint?: string) {
  const ids = [hint ? `${kit.id(name)}-hint` : "", kit.error(name) ? `${kit.id(name)}-error` : ""].filter(Boolean).join(" ");
  return { ...(ids ? { "aria-describedby": ids } : {}), ...(kit.error(name) ? { "aria-invalid": true as const } : {}) };
}

function Hint({ kit, name, hint }: { kit: FormKit; name: string; hint?: string }) {
  return hint ? (
    <p id={`${kit.id(name)}-hint`} className="mt-1 text-sm text-ink-soft">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ kit, name }: { kit: FormKit; name: string }) {
  const error = kit.error(name);
  return error ? (
    <p id={`${kit.id(name)}-error`} className="mt-1 font-semibold text-ember-dark">
      {error}
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
  type?: "text" | "url" | "date";
  inputMode?: "numeric" | "decimal" | "url";
  prefix?: string;
  max?: string;
  className?: string;
};

export function Field({ kit, name, label, hint, rows, type = "text", inputMode, prefix, max, className }: FieldProps) {
  const id = kit.id(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <Hint kit={kit} name={name} hint={hint} />
      {rows ? (
        <textarea id={id} name={name} rows={rows} defaultValue={kit.value(name)} className={`${control} py-3`} {...described(kit, name, hint)} />
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
            max={max}
            defaultValue={kit.value(name)}
            className={control}
            {...described(kit, name, hint)}
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
      <select key={value} id={id} name={name} defaultValue={value} className={control} {...described(kit, name, hint)}>
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

/** The form's answer: an alert for errors (a conflict included), a status otherwise. */
export function FormMessage({ kit }: { kit: FormKit }) {
  const { state } = kit;
  if (!state.message && !state.fieldErrors?.version) return null;
  const error = state.status === "error";
  return (
    <div
      role={error ? "alert" : "status"}
      className={`rounded-2xl p-4 font-semibold ring-1 ${error ? "bg-white text-ember-dark ring-ember" : "bg-pine-light text-pine ring-pine/30"}`}
    >
      {state.message ? <p>{state.message}</p> : null}
      {state.fieldErrors?.version ? <p>{state.fieldErrors.version}</p> : null}
    </div>
  );
}

/** The version token the form was opened with; after a save, the one it saved. */
export function VersionField({ kit }: { kit: FormKit }) {
  return <input type="hidden" name="version" value={kit.value("version")} />;
}
