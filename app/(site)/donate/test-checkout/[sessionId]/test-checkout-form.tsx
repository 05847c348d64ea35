"use client";

import { useActionState, useId } from "react";
import { payTestCheckoutAction } from "@/app/(site)/donate/test-checkout/actions";
import { idleState } from "@/lib/forms/form-state";

export function TestCheckoutForm({ sessionId, total }: { sessionId: string; total: string }) {
  const [state, action, pending] = useActionState(payTestCheckoutAction, idleState);
  const id = useId();
  const field = (name: "email" | "name", label: string, type: string, autoComplete: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="font-semibold">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={state.values?.[name] ?? ""}
        aria-invalid={state.fieldErrors?.[name] ? true : undefined}
        aria-describedby={state.fieldErrors?.[name] ? `${id}-${name}-error` : undefined}
        className="mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-4"
      />
      {state.fieldErrors?.[name] ? (
        <p id={`${id}-${name}-error`} className="mt-1 font-semibold text-ember-dark">
          {state.fieldErrors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="sessionId" value={sessionId} />
      {state.message ? (
        <p role="alert" className="font-semibold text-ember-dark">
          {state.message}
        </p>
      ) : null}
      {field("email", "Email for your receipt", "email", "email")}
      {field("name", "Name on the card", "text", "cc-name")}
      <p className="rounded-xl bg-paper-deep p-3 text-sm">Card: 4242 4242 4242 4242 (test card; nothing is entered or charged here)</p>
      <button type="submit" disabled={pending} className="btn-primary w-full">
        {pending ? "Paying…" : `Pay ${total} (test)`}
      </button>
    </form>
  );
}
