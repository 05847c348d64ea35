"use client";

import { changeRoleAction, setDisabledAction } from "@/app/admin/staff/actions";
import { AnswerTo, answerFor } from "@/app/admin/kept-answer-to";
import { FormMessage, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

// Both forms take the page's answer to a post without script only when it is their own
// (app/admin/kept-answer-to.tsx).

/** Role: editor or admin. */
export function RoleForm({ id, role, answer }: { id: string; role: "EDITOR" | "ADMIN"; answer?: FormState }) {
  const [kit, action] = useFormKit(changeRoleAction, { answer: answerFor(answer, "role"), initial: { role }, idPrefix: `role-${id}` });
  const chosen = kit.value("role", role);
  return (
    <form action={action} className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10" key={kit.key}>
      <input type="hidden" name="id" value={id} />
      <AnswerTo name="role" />
      <fieldset {...kit.describe("role")}>
        <legend className="text-xl font-semibold">Role</legend>
        <label className="mt-3 flex items-center gap-2">
          <input id={kit.id("role")} type="radio" name="role" value="EDITOR" defaultChecked={chosen === "EDITOR"} className="h-5 w-5 accent-ember" />
          Editor: publishes news, edits the appeal and drop-off points
        </label>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="role" value="ADMIN" defaultChecked={chosen === "ADMIN"} className="h-5 w-5 accent-ember" />
          Admin: also sees donations, subscribers, volunteers, exports and staff
        </label>
      </fieldset>
      <FormMessage kit={kit} />
      <SubmitButton kit={kit} busy="Saving…" className="btn-secondary">
        Save role
      </SubmitButton>
    </form>
  );
}

/** Disable (after a second, explicit press) or enable an account. */
export function AccessForm({ id, email, disabled, answer }: { id: string; email: string; disabled: boolean; answer?: FormState }) {
  const [kit, action] = useFormKit(setDisabledAction, { answer: answerFor(answer, "access"), idPrefix: `access-${id}` });
  const asking = kit.state.outcome === "confirm";
  return (
    <form action={action} className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <input type="hidden" name="id" value={id} />
      <AnswerTo name="access" />
      <h2 className="text-xl font-semibold">Access</h2>
      {disabled ? (
        <>
          <p className="text-ink-soft">This account is disabled: {email} cannot sign in.</p>
          <input type="hidden" name="disabled" value="no" />
          <FormMessage kit={kit} />
          <SubmitButton kit={kit} busy="Enabling…" className="btn-secondary">
            Enable this account
          </SubmitButton>
        </>
      ) : asking ? (
        <div role="alertdialog" aria-labelledby={`confirm-${id}`} className="space-y-3">
          <p id={`confirm-${id}`} className="font-semibold">
            Disable {email}? They will be signed out at once and cannot sign in until an admin enables the account again.
          </p>
          <input type="hidden" name="disabled" value="yes" />
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="confirm" value="yes" disabled={kit.pending} className="btn-primary">
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
          <FormMessage kit={kit} />
          <SubmitButton kit={kit} busy="Saving…" className="btn-secondary">
            Disable this account…
          </SubmitButton>
        </>
      )}
    </form>
  );
}
