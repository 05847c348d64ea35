"use client";

import { useActionState } from "react";
import { createClaimAction } from "@/app/admin/gift-aid/actions";
import { idleState } from "@/lib/forms/form-state";

export function ClaimForm({ disabled }: { disabled: boolean }) {
  const [state, action, pending] = useActionState(createClaimAction, idleState);
  return (
    <form action={action} className="space-y-3 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      {state.message ? <p role={state.status === "error" ? "alert" : "status"} className="font-semibold">{state.message}</p> : null}
      <label className="flex items-start gap-3">
        <input type="checkbox" name="confirm" className="mt-1 h-5 w-5 shrink-0 accent-ember" aria-describedby={state.fieldErrors?.confirm ? "confirm-error" : undefined} />
        <span>I am ready to submit these donations to HMRC. Once claimed, they will not be offered for a claim again.</span>
      </label>
      {state.fieldErrors?.confirm ? <p id="confirm-error" className="font-semibold text-ember-dark">{state.fieldErrors.confirm}</p> : null}
      <button type="submit" disabled={pending || disabled} className="btn-primary">{pending ? "Creating…" : "Create the claim"}</button>
    </form>
  );
}
