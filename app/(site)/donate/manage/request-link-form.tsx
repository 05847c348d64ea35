"use client";

import { useActionState, useId } from "react";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { requestManageLinkAction } from "./actions";

/**
 * "Email me a new link": a plain form posting to a server action. With JavaScript the answer
 * appears in place; without it the action keeps its answer for /donate/manage and sends the
 * browser there (lib/forms/answer-without-script.ts), where the page passes it in as `answer`.
 */
export function RequestLinkForm({ answer }: { answer?: FormState }) {
  // The permalink is where a post without script lands: the plain /donate/manage (a link's id
  // and token are not needed to ask for new ones), scrolled down to this form, with its answer.
  const [state, action, pending] = useActionState(requestManageLinkAction, answer ?? idleState, "/donate/manage#new-link");
  const id = useId();
  const error = state.fieldErrors?.email;
  return (
    <form id="new-link" action={action} className="mt-8 max-w-xl rounded-3xl bg-white p-6 shadow-sm" noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-2xl font-semibold">
        Email me a new link
      </h2>
      <p className="mt-2 text-ink-soft">Enter the email address you give from. We’ll send a fresh link for each of your monthly gifts.</p>
      <label htmlFor={`${id}-email`} className="mt-4 block font-semibold">
        Email address
      </label>
      <input
        id={`${id}-email`}
        name="email"
        type="email"
        required
        maxLength={254}
        autoComplete="email"
        defaultValue={state.values?.email ?? ""}
        key={state.status === "success" ? "sent" : (state.values?.email ?? "")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`mt-2 min-h-11 w-full rounded-full border-2 bg-white px-5 text-ink ${error ? "border-ember" : "border-ink/20"}`}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-2 font-semibold text-ember-dark">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="btn-primary mt-4">
        {pending ? "Sending…" : "Email me a new link"}
      </button>
      <div role="status" aria-live="polite" className="mt-4">
        {state.message && !error ? <p className={`font-semibold ${state.status === "success" ? "text-pine" : "text-ember-dark"}`}>{state.message}</p> : null}
      </div>
    </form>
  );
}
