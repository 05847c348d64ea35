"use client";

import { useActionState } from "react";
import { editOwnDriveAction, reportOwnCoatsAction } from "@/app/(site)/coat-drives/organiser-actions";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { editDriveLimits, reportCoatsLimits } from "@/lib/coat-drives/drive-limits";
import { driveKinds } from "@/lib/coat-drives/options";
import { idleState, type FormState } from "@/lib/forms/form-state";

const input = "mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4 text-ink";

function Answer({ state }: { state: FormState }) {
  return state.message ? (
    <p role={state.status === "error" ? "alert" : "status"} className={`mt-4 font-semibold ${state.status === "error" ? "text-ember-dark" : "text-pine"}`}>
      {state.message}
    </p>
  ) : null;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 font-semibold text-ember-dark">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  ) : null;
}

function Text({
  state,
  name,
  label,
  initial,
  rows,
  type = "text",
  hint,
}: {
  state: FormState;
  name: string;
  label: string;
  initial: string;
  rows?: number;
  type?: string;
  hint?: string;
}) {
  const id = `own-${name}`;
  const error = state.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const value = state.values?.[name] ?? initial;
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-ink-soft">
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${input} py-3`}
        />
      ) : (
        <input id={id} name={name} type={type} defaultValue={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={input} />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function ReportCoatsForm({ token, answer }: { token: string; answer?: FormState }) {
  const [state, action, pending] = useActionState(reportOwnCoatsAction, answer ?? idleState);
  return (
    <form action={action} noValidate className="mt-5 space-y-4" key={JSON.stringify(state)}>
      <RateLimitField limit={reportCoatsLimits.perConnection} />
      <input type="hidden" name="token" value={token} />
      <Text state={state} name="coats" label="Coats collected" initial="" type="text" />
      <Text state={state} name="note" label="Where they went (optional)" initial="" rows={3} hint="Such as “four bags to the Dover drop-off on Saturday”." />
      <button type="submit" disabled={pending} className="btn-primary">
        {pending ? "Sending…" : "Report these coats"}
      </button>
      <Answer state={state} />
    </form>
  );
}

export function EditOwnDriveForm({
  token,
  answer,
  initial,
  hasPhoto,
}: {
  token: string;
  answer?: FormState;
  initial: Record<string, string>;
  hasPhoto: boolean;
}) {
  const [state, action, pending] = useActionState(editOwnDriveAction, answer ?? idleState);
  // After a save the form shows what was saved (the answer's values), with the new version.
  const shown: FormState = state.status === "success" ? { ...state, values: { ...initial, ...(state.values ?? {}) } } : state;
  const kind = shown.values?.kind ?? initial.kind;
  return (
    <form action={action} noValidate encType="multipart/form-data" className="mt-5 space-y-5" key={JSON.stringify(state)}>
      <RateLimitField limit={editDriveLimits.perConnection} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="version" value={shown.values?.version ?? initial.version} />
      <Text state={shown} name="name" label="The drive’s name" initial={initial.name ?? ""} />
      <div>
        <label htmlFor="own-kind" className="font-semibold">
          Who is running it
        </label>
        <select id="own-kind" name="kind" defaultValue={kind} className={input}>
          {driveKinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <Text state={shown} name="goal" label="Goal, in coats" initial={initial.goal ?? ""} />
      <Text
        state={shown}
        name="story"
        label="Your story"
        initial={initial.story ?? ""}
        rows={8}
        hint="Plain text, or simple Markdown for bold, lists and links."
      />
      <Text state={shown} name="endsOn" label="End date (optional)" type="date" initial={initial.endsOn ?? ""} />
      <div>
        <label htmlFor="own-photo" className="font-semibold">
          {hasPhoto ? "Replace the photo (optional)" : "A photo (optional)"}
        </label>
        <p id="own-photo-hint" className="mt-1 text-sm text-ink-soft">
          A JPEG, PNG or WebP of up to 10 MB. We remove its location and other hidden details. Please don’t show children’s faces.
        </p>
        <input
          id="own-photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={state.fieldErrors?.photo ? "own-photo-hint own-photo-error" : "own-photo-hint"}
          className="mt-2 block"
        />
        <FieldError id="own-photo-error" message={state.fieldErrors?.photo} />
      </div>
      <Text
        state={shown}
        name="photoAlt"
        label="Describe the photo"
        initial={initial.photoAlt ?? ""}
        hint="For people who can’t see it, such as “Pupils with bags of coats in the school hall”."
      />
      <button type="submit" disabled={pending} className="btn-primary">
        {pending ? "Saving…" : "Save changes"}
      </button>
      <Answer state={state} />
    </form>
  );
}
