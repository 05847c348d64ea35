"use client";

import { useActionState, useId } from "react";
import { requestEditLinkAction } from "@/app/(site)/coat-drives/edit/actions";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { editLinkLimits } from "@/lib/coat-drives/drive-limits";
import { idleState, type FormState } from "@/lib/forms/form-state";

/**
 * "Email me a new link" for a drive's organiser. With JavaScript the answer appears in place;
 * without it the action keeps its answer for /coat-drives/edit and sends the browser back there
 * (lib/forms/answer-without-script.ts), where the page passes it in as `answer`.
 */
export function RequestEditLinkForm({ answer }: { answer?: FormState }) {
  const [state, action, pending] = useActionState(requestEditLinkAction, answer ?? idleState, "/coat-drives/edit#new-link");
  const id = useId();
  const error = state.fieldErrors?.email;
  return (
    <form id="new-link" action={action} className="mt-8 max-w-xl rounded-3xl bg-white p-6 ring-1 ring-ink/10" noValidate aria-labelledby={`${id}-title`}>
      <RateLimitField limit={editLinkLimits.perConnection} />
      <HoneypotField id={`${id}-website`} />
      <h2 id={`${id}-title`} className="text-2xl font-semibold">
        Email me a new link
      </h2>
      <label htmlFor={`${id}-email`} className="mt-4 block font-semibold">
        Email address
      </label>
      <p id={`${id}-hint`} className="mt-1 text-ink-soft">
        The address you started your drive with. We’ll send a new private link for each drive you run.
      </p>
      <input
        id={`${id}-email`}
        name="email"
        type="email"
        maxLength={254}
        autoComplete="email"
        defaultValue={state.values?.email ?? ""}
        key={state.status === "success" ? "sent" : (state.values?.email ?? "")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        className={`mt-2 min-h-11 w-full rounded-xl border-2 bg-white px-4 text-ink ${error ? "border-ember" : "border-ink/25"}`}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-2 font-semibold text-ember-dark">
          <span className="sr-only">Error: </span>
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
