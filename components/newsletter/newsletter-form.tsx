"use client";

import { useActionState, useId } from "react";
import { subscribeAction } from "./subscribe-action";
import { idleState, type FormState } from "@/lib/forms/form-state";
import type { SignupSource } from "@/lib/newsletter/consent";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { signupLimits } from "@/lib/newsletter/signup-limits";
import { EMAIL_MAX } from "@/lib/forms/length-limit";

/**
 * The signup form. A plain form posting to a server action: with JavaScript the answer appears in
 * place; without it the action keeps its answer for /newsletter and sends the browser there
 * (lib/forms/answer-without-script.ts), where the page passes it in as `answer`. What was typed
 * is kept on an error.
 */
export function NewsletterForm({
  source,
  consentWording,
  tone,
  answer,
}: {
  source: SignupSource;
  consentWording: string;
  tone: "light" | "dark";
  answer?: FormState;
}) {
  const [state, action, pending] = useActionState(subscribeAction, answer ?? idleState);
  const id = useId();
  const error = state.fieldErrors?.email;
  const dark = tone === "dark";
  return (
    <form action={action} className="mt-4" noValidate>
      <RateLimitField limit={signupLimits.perConnection} />
      <input type="hidden" name="source" value={source} />
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
            defaultValue={state.values?.email ?? ""}
            key={state.status === "success" ? "sent" : (state.values?.email ?? "")}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-consent${error ? ` ${id}-error` : ""}`}
            className={`min-h-11 w-full rounded-full border-2 bg-white px-5 text-ink placeholder:text-ink-muted ${error ? "border-ember" : "border-ink/20"}`}
          />
          {error ? (
            <p id={`${id}-error`} className={`mt-2 font-semibold ${dark ? "text-ember-light" : "text-ember-dark"}`}>
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
            className={`rounded-2xl px-4 py-3 font-semibold ${state.status === "success" ? (dark ? "bg-white/10 text-white" : "bg-white text-pine") : dark ? "bg-white/10 text-ember-light" : "bg-white text-ember-dark"}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
