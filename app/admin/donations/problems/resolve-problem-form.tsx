"use client";

import { useActionState } from "react";
import { resolveProblemAction } from "@/app/admin/donations/problems/actions";
import { idleState } from "@/lib/forms/form-state";

/** Marks one payment problem resolved, with an optional note of what was done. */
export function ResolveProblemForm({ id, donationId }: { id: string; donationId: string | null }) {
  const [state, action, pending] = useActionState(resolveProblemAction, idleState);
  const noteId = `note-${id}`;
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="id" value={id} />
      {donationId ? <input type="hidden" name="donationId" value={donationId} /> : null}
      <label htmlFor={noteId} className="block font-semibold">
        What was done (optional)
      </label>
      <input
        id={noteId}
        name="note"
        maxLength={1000}
        defaultValue={state.values?.note ?? ""}
        aria-describedby={state.fieldErrors?.note ? `${noteId}-error` : undefined}
        className="min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-3"
      />
      {state.fieldErrors?.note ? (
        <p id={`${noteId}-error`} className="font-semibold text-ember-dark">
          {state.fieldErrors.note}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="btn-secondary">
        {pending ? "Saving…" : "Mark resolved"}
      </button>
      <div role="status" aria-live="polite">
        {state.message ? <p className={`font-semibold ${state.status === "error" ? "text-ember-dark" : "text-pine"}`}>{state.message}</p> : null}
      </div>
    </form>
  );
}
