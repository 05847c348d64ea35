"use client";

import { createClaimAction } from "@/app/admin/gift-aid/actions";
import { FieldError, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The claim button, after a confirmation. With nothing to claim it says so instead of offering a
 * button that could only fail, and still shows what the last claim made (the page re-renders
 * after a claim, with nothing left to claim).
 */
export function ClaimForm({ nothingToClaim, answer }: { nothingToClaim: boolean; answer?: FormState }) {
  const [kit, action] = useFormKit(createClaimAction, { answer });
  const { state } = kit;
  const message = state.message ? (
    <p role={state.status === "error" ? "alert" : "status"} className="font-semibold">
      {state.message}
    </p>
  ) : null;
  if (nothingToClaim) {
    return (
      <div className="space-y-3 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
        {message}
        <p>There is nothing to claim now. A claim can be made once a paid live donation with a Gift Aid declaration comes in.</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      {message}
      <label className="flex items-start gap-3">
        <input type="checkbox" name="confirm" className="mt-1 h-5 w-5 shrink-0 accent-ember" id={kit.id("confirm")} {...kit.aria("confirm")} />
        <span>I am ready to submit these donations to HMRC. Once claimed, they will not be offered for a claim again.</span>
      </label>
      <FieldError kit={kit} name="confirm" className="font-semibold text-ember-dark" />
      <SubmitButton kit={kit} busy="Creating…">
        Create the claim
      </SubmitButton>
    </form>
  );
}
