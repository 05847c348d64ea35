"use client";

import { subscribeAction } from "./subscribe-action";
import type { FormState } from "@/lib/forms/form-state";
import type { SignupSource } from "@/lib/newsletter/consent";
import { FieldError, HoneypotField, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { signupLimits } from "@/lib/newsletter/signup-limits";
import { EMAIL_MAX } from "@/lib/forms/length-limit";

/**
 * The signup form, on the form kit (components/forms/form-kit.tsx). With JavaScript the answer
 * appears in place; without it the action keeps its answer for /newsletter and sends the browser
 * there (lib/forms/answer-without-script.ts), where the page passes it in as `answer`. What was
 * typed is kept on an error. One field: its problem is said beside it, with no summary above.
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
  const [kit, action] = useFormKit(subscribeAction, { answer });
  const { state } = kit;
  const error = kit.error("email");
  const dark = tone === "dark";
  const consent = kit.id("consent");
  return (
    <form action={action} className="mt-4" noValidate>
      <RateLimitField limit={signupLimits.perConnection} />
      <input type="hidden" name="source" value={source} />
      <HoneypotField id={kit.id("website")} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <label htmlFor={kit.id("email")} className="sr-only">
            Email address
          </label>
          <input
            id={kit.id("email")}
            name="email"
            type="email"
            required
            maxLength={EMAIL_MAX}
            autoComplete="email"
            placeholder="you@example.org"
            defaultValue={kit.value("email")}
            key={state.status === "success" ? "sent" : kit.value("email")}
            {...kit.aria("email", consent)}
            className={`min-h-11 w-full rounded-full border-2 bg-white px-5 text-ink placeholder:text-ink-muted ${error ? "border-ember" : "border-ink/20"}`}
          />
          <FieldError kit={kit} name="email" className={`mt-2 font-semibold ${dark ? "text-ember-light" : "text-ember-dark"}`} />
        </div>
        <SubmitButton kit={kit} busy="Signing up…" className={dark ? "btn-light" : "btn-primary"}>
          Sign up
        </SubmitButton>
      </div>
      <p id={consent} className={`mt-3 text-sm ${dark ? "text-white/80" : "text-ink-soft"}`}>
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
