"use client";

import { subscribeAction } from "./subscribe-action";
import type { FormState } from "@/lib/forms/form-state";
// The kit's core and the honeypot, not the whole kit (components/forms/form-kit.tsx): this form
// is on every public page, and the rest of the kit is code it never runs.
import { FieldError, SubmitButton, useFormKit } from "@/components/forms/form-kit-core";
import { HoneypotField } from "@/components/forms/honeypot-field";
import { EMAIL_MAX } from "@/lib/forms/length-limit";

/**
 * The signup form, on the form kit (components/forms/form-kit.tsx). With JavaScript the answer
 * appears in place; without it the action keeps its answer for /newsletter and sends the browser
 * there (lib/forms/answer-without-script.ts), where the page passes it in as `answer`. What was
 * typed is kept on an error. One field: its problem is said beside it, with no summary above.
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
  const [kit, action] = useFormKit(subscribeAction, { answer });
  const { state } = kit;
  const error = kit.error("email");
  const dark = tone === "dark";
  const consent = kit.id("consent");
  return (
    <form action={action} className="mt-4" noValidate>
      {hidden}
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
