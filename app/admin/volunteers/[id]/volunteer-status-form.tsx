"use client";

import { useActionState } from "react";
import { changeVolunteerStatusAction } from "@/app/admin/volunteers/actions";
import { idleState } from "@/lib/forms/form-state";
import { volunteerStatuses } from "@/lib/volunteers/options";

/** Where an application stands. `current` is what the admin sees, sent along so a colleague's change in between is noticed. */
export function VolunteerStatusForm({ id, current }: { id: string; current: string }) {
  const [state, action, pending] = useActionState(changeVolunteerStatusAction, idleState);
  const chosen = state.status === "error" ? (state.values?.status ?? current) : current;
  return (
    <form action={action} className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10" key={`${current}:${chosen}`}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="seen" value={current} />
      <fieldset aria-describedby={state.fieldErrors?.status ? "status-error" : undefined}>
        <legend className="text-xl font-semibold">Status</legend>
        <div className="mt-3 space-y-2">
          {volunteerStatuses.map((s) => (
            <label key={s.value} className="flex items-start gap-3">
              <input type="radio" name="status" value={s.value} defaultChecked={chosen === s.value} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
              <span>
                <span className="font-semibold">{s.label}</span>
                <span className="block text-sm text-ink-soft">{s.summary}</span>
              </span>
            </label>
          ))}
        </div>
        {state.fieldErrors?.status ? (
          <p id="status-error" className="mt-2 font-semibold text-ember-dark">
            {state.fieldErrors.status}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className="btn-primary">
        {pending ? "Saving…" : "Save status"}
      </button>
      <div role="status" aria-live="polite">
        {state.message ? <p className={`font-semibold ${state.status === "error" ? "text-ember-dark" : "text-pine"}`}>{state.message}</p> : null}
      </div>
    </form>
  );
}
