"use client";

import { useActionState, useId } from "react";
import { subscribeAction } from "./subscribe-action";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { EMAIL_MAX } from "@/lib/forms/length-limit";

/**
 * The signup form. With JavaScript the answer appears in place; without it the action keeps its
 * answer for /newsletter and sends the browser there (lib/forms/answer-without-script.ts), where
 * the page passes it in as `answer`. What was typed is kept on an error. One field: its problem is
 * said beside it (named by the field's aria-describedby), with no summary above; the button says
 * it is busy and cannot be pressed twice; the outcome is read from a live region.
 *
 * It is on every public page, so it is written on React's `useActionState` alone rather than on
 * the form kit (components/forms/form-kit.tsx and its core): the same markup as the kit's
 * `FieldError` and `SubmitButton`, for a third of the code (docs/performance.md, "The scripts").
 *
 * `hidden` is the form's hidden fields (its rate limit and where it was signed up from), drawn by
 * the server (components/newsletter-box.tsx), so the limits table never reaches the browser.
 */
export function NewsletterForm({
  hidden,
  consentWording,
  tone,
  answer,
}: {
  hidden: React.ReactNode;
  consentWording: string;
  tone: "light" | "dark";
  answer?: FormState;
}) {
  const [state, action, pending] = useActionState(subscribeAction, answer ?? idleState);
  const id = useId();
  const error = state.fieldErrors?.email;
  const email = state.values?.email ?? "";
  const dark = tone === "dark";
  const ember = dark ? "text-ember-light" : "text-ember-dark";
  return (
    <form action={action} className="mt-4" noValidate>
      {hidden}
      <HoneypotField id={`${id}-website`} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <label htmlFor={`${id}-email`} className="sr-only">
            Email address
          </label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            maxLength={EMAIL_MAX}
            autoComplete="email"
            placeholder="you@example.org"
            defaultValue={email}
            key={state.status === "success" ? "sent" : email}
            aria-describedby={error ? `${id}-consent ${id}-email-error` : `${id}-consent`}
            aria-invalid={error ? true : undefined}
            className={`min-h-11 w-full rounded-full border-2 bg-white px-5 text-ink placeholder:text-ink-muted ${error ? "border-ember" : "border-ink/20"}`}
          />
          {error ? (
            <p id={`${id}-email-error`} className={`mt-2 font-semibold ${ember}`}>
              <span className="sr-only">Error: </span>
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={pending} className={dark ? "btn-light" : "btn-primary"}>
          {pending ? "Signing up…" : "Sign up"}
        </button>
      </div>
      <p id={`${id}-consent`} className={`mt-3 text-sm ${dark ? "text-white/80" : "text-ink-soft"}`}>
        {consentWording}
      </p>
      <div role="status" aria-live="polite" className="mt-3">
        {state.message && !error ? (
          <p
            className={`rounded-2xl px-4 py-3 font-semibold ${dark ? "bg-white/10" : "bg-white"} ${state.status === "success" ? (dark ? "text-white" : "text-pine") : ember}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
