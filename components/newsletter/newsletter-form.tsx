"use client";

import { subscribeAction } from "./subscribe-action";
import { FieldError, SubmitButton, useFormKit } from "@/components/forms/form-kit-core";
import type { FormState } from "@/lib/forms/form-state";
import { EMAIL_MAX } from "@/lib/forms/email-max";

/**
 * The signup form. With JavaScript the answer appears in place; without it the action keeps its
 * answer for /newsletter and sends the browser there (lib/forms/answer-without-script.ts), where
 * the page passes it in as `answer`. What was typed is kept on an error. One field: its problem is
 * said beside it (named by the field's aria-describedby), with no summary above; the button says
 * it is busy and cannot be pressed twice; the outcome is read from a live region.
 *
 * On the form kit's core (components/forms/form-kit-core.tsx: `useFormKit`, `FieldError`,
 * `SubmitButton`), not the whole kit. It is on every public page, so it holds only what changes
 * with its answer: the server (components/newsletter-box.tsx) draws the rest and hands it in,
 * named by `idPrefix`: `hidden`, its hidden fields (the rate limit, where it was signed up from,
 * the honeypot), so neither the limits table nor the honeypot's code reaches the browser; and
 * `consent`, the wording that describes the field (docs/performance.md, "The scripts").
 */
export function NewsletterForm({
  idPrefix,
  hidden,
  consent,
  tone,
  answer,
}: {
  idPrefix: string;
  hidden: React.ReactNode;
  consent: React.ReactNode;
  tone: "light" | "dark";
  answer?: FormState;
}) {
  const [kit, action] = useFormKit(subscribeAction, { answer, idPrefix });
  const { state } = kit;
  const error = kit.error("email");
  const dark = tone === "dark";
  const ember = dark ? "text-ember-light" : "text-ember-dark";
  return (
    <form action={action} className="mt-4" noValidate>
      {hidden}
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
            key={kit.key}
            {...kit.aria("email", kit.id("consent"))}
            className={`min-h-11 w-full rounded-full border-2 bg-white px-5 text-ink placeholder:text-ink-muted ${error ? "border-ember" : "border-ink/20"}`}
          />
          <FieldError kit={kit} name="email" className={`mt-2 font-semibold ${ember}`} />
        </div>
        <SubmitButton kit={kit} busy="Signing up…" className={dark ? "btn-light" : "btn-primary"}>
          Sign up
        </SubmitButton>
      </div>
      {consent}
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
