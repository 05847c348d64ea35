"use client";

import { requestSignInAction } from "@/app/admin/sign-in/actions";
import { FieldError, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { signInLimits } from "@/lib/auth/sign-in-form-limits";

/** `initialEmail`: the address an invitation filled in, until the form has an answer of its own. */
export function SignInForm({ initialEmail = "" }: { initialEmail?: string }) {
  const [kit, action] = useFormKit(requestSignInAction);
  const { state } = kit;
  return (
    <form action={action} noValidate className="mt-6 max-w-md space-y-4">
      <RateLimitField limit={signInLimits.perConnection} />
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="rounded-2xl bg-white p-4 font-semibold ring-1 ring-ink/10">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor={kit.id("email")} className="font-semibold">
          Your work email address
        </label>
        <input
          id={kit.id("email")}
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={kit.value("email", initialEmail)}
          {...kit.aria("email")}
          className="mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4"
        />
        <FieldError kit={kit} name="email" />
      </div>
      <SubmitButton kit={kit} busy="Sending…">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}
