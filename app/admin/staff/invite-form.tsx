"use client";

import { useActionState, useId } from "react";
import { inviteStaffAction } from "@/app/admin/staff/actions";
import { idleState } from "@/lib/forms/form-state";

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteStaffAction, idleState);
  const id = useId();
  const error = state.fieldErrors?.email;
  return (
    <form action={action} noValidate className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 className="text-2xl font-semibold">Invite a colleague</h2>
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="font-semibold">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-email`} className="font-semibold">
          Email address
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          defaultValue={state.status === "success" ? "" : (state.values?.email ?? "")}
          key={state.status}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4"
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 font-semibold text-ember-dark">
            {error}
          </p>
        ) : null}
      </div>
      <fieldset>
        <legend className="font-semibold">Role</legend>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="role" value="EDITOR" defaultChecked={(state.values?.role ?? "EDITOR") === "EDITOR"} className="h-5 w-5 accent-ember" />
          Editor: publishes news and edits the appeal
        </label>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="role" value="ADMIN" defaultChecked={state.values?.role === "ADMIN"} className="h-5 w-5 accent-ember" />
          Admin: also sees donations, exports and staff
        </label>
      </fieldset>
      <button type="submit" disabled={pending} className="btn-primary">
        {pending ? "Inviting…" : "Invite"}
      </button>
    </form>
  );
}
