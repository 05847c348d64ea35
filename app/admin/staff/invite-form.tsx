"use client";

import { inviteStaffAction } from "@/app/admin/staff/actions";
import { Field, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

/** Inviting a colleague. `answer`: the answer to a post without script, kept for the page. */
export function InviteForm({ answer }: { answer?: FormState }) {
  const [kit, action] = useFormKit(inviteStaffAction, { answer });
  const { state } = kit;
  return (
    <form action={action} noValidate className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 className="text-2xl font-semibold">Invite a colleague</h2>
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="font-semibold">
          {state.message}
        </p>
      ) : null}
      {/* Emptied after an invitation (the answer keeps no values then), kept after a refusal. */}
      <Field key={state.status} kit={kit} name="email" label="Email address" type="email" autoComplete="off" />
      <fieldset>
        <legend className="font-semibold">Role</legend>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="role" value="EDITOR" defaultChecked={kit.value("role", "EDITOR") === "EDITOR"} className="h-5 w-5 accent-ember" />
          Editor: publishes news and edits the appeal
        </label>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="role" value="ADMIN" defaultChecked={kit.value("role") === "ADMIN"} className="h-5 w-5 accent-ember" />
          Admin: also sees donations, exports and staff
        </label>
      </fieldset>
      <SubmitButton kit={kit} busy="Inviting…">
        Invite
      </SubmitButton>
    </form>
  );
}
