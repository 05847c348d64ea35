"use client";

import { useActionState, useId } from "react";
import { requestSignInAction } from "@/app/admin/sign-in/actions";
import { idleState } from "@/lib/forms/form-state";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { signInLimits } from "@/lib/auth/sign-in-form-limits";

/** `initialEmail`: the address an invitation filled in, until the form has an answer of its own. */
export function SignInForm({ initialEmail = "" }: { initialEmail?: string }) {
  const [state, action, pending] = useActionState(requestSignInAction, idleState);
  const id = useId();
  const error = state.fieldErrors?.email;
  return (
    <form action={action} noValidate className="mt-6 max-w-md space-y-4">
      <RateLimitField limit={signInLimits.perConnection} />
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="rounded-2xl bg-white p-4 font-semibold ring-1 ring-ink/10">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-email`} className="font-semibold">
          Your work email address
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={state.values?.email ?? initialEmail}
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
      <button type="submit" disabled={pending} className="btn-primary">
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
