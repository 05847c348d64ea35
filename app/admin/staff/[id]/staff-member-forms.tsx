"use client";

import { useActionState } from "react";
import { changeRoleAction, setDisabledAction } from "@/app/admin/staff/actions";
import { idleState, type FormState } from "@/lib/forms/form-state";

function Notice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={`font-semibold ${state.status === "error" ? "text-ember-dark" : ""}`}>
      {state.message}
    </p>
  );
}

/** Role: editor or admin. */
export function RoleForm({ id, role }: { id: string; role: "EDITOR" | "ADMIN" }) {
  const [state, action, pending] = useActionState(changeRoleAction, idleState);
  const chosen = state.values?.role ?? role;
  return (
    <form action={action} className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <input type="hidden" name="id" value={id} />
      <fieldset>
        <legend className="text-xl font-semibold">Role</legend>
        <label className="mt-3 flex items-center gap-2">
          <input type="radio" name="role" value="EDITOR" defaultChecked={chosen === "EDITOR"} className="h-5 w-5 accent-ember" />
          Editor: publishes news, edits the appeal and drop-off points
        </label>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="role" value="ADMIN" defaultChecked={chosen === "ADMIN"} className="h-5 w-5 accent-ember" />
          Admin: also sees donations, subscribers, volunteers, exports and staff
        </label>
      </fieldset>
      <Notice state={state} />
      <button type="submit" disabled={pending} className="btn-secondary">
        {pending ? "Saving…" : "Save role"}
      </button>
    </form>
  );
}

/** Disable (after a second, explicit press) or enable an account. */
export function AccessForm({ id, email, disabled }: { id: string; email: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(setDisabledAction, idleState);
  const asking = state.outcome === "confirm";
  return (
    <form action={action} className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <input type="hidden" name="id" value={id} />
      <h2 className="text-xl font-semibold">Access</h2>
      {disabled ? (
        <>
          <p className="text-ink-soft">This account is disabled: {email} cannot sign in.</p>
          <input type="hidden" name="disabled" value="no" />
          <Notice state={state} />
          <button type="submit" disabled={pending} className="btn-secondary">
            Enable this account
          </button>
        </>
      ) : asking ? (
        <div role="alertdialog" aria-labelledby={`confirm-${id}`} className="space-y-3">
          <p id={`confirm-${id}`} className="font-semibold">
            Disable {email}? They will be signed out at once and cannot sign in until an admin enables the account again.
          </p>
          <input type="hidden" name="disabled" value="yes" />
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="confirm" value="yes" disabled={pending} className="btn-primary">
              Yes, disable the account
            </button>
            <a href={`/admin/staff/${id}`} className="btn-secondary">
              Cancel
            </a>
          </div>
        </div>
      ) : (
        <>
          <p className="text-ink-soft">Disabling signs {email} out at once and stops them signing in. Nothing they wrote is removed.</p>
          <input type="hidden" name="disabled" value="yes" />
          <Notice state={state} />
          <button type="submit" disabled={pending} className="btn-secondary">
            Disable this account…
          </button>
        </>
      )}
    </form>
  );
}
