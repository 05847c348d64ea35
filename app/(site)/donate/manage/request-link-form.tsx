"use client";

import { FieldError, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";
import { EMAIL_MAX } from "@/lib/forms/length-limit";
import { requestManageLinkAction } from "./actions";

/**
 * "Email me a new link", on the form kit (components/forms/form-kit.tsx). With JavaScript the
 * answer appears in place; without it the action keeps its answer for /donate/manage and sends the
 * browser there (lib/forms/answer-without-script.ts), where the page passes it in as `answer`.
 */
export function RequestLinkForm({ answer }: { answer?: FormState }) {
  // The permalink is where a post without script lands: the plain /donate/manage (a link's id
  // and token are not needed to ask for new ones), scrolled down to this form, with its answer.
  const [kit, action] = useFormKit(requestManageLinkAction, { answer, permalink: "/donate/manage#new-link" });
  const { state } = kit;
  const error = kit.error("email");
  return (
    <form id="new-link" action={action} className="mt-8 max-w-xl rounded-3xl bg-white p-6 shadow-sm" noValidate aria-labelledby={kit.id("title")}>
      <h2 id={kit.id("title")} className="text-2xl font-semibold">
        Email me a new link
      </h2>
      <p className="mt-2 text-ink-soft">Enter the email address you give from. We’ll send a fresh link for each of your monthly gifts.</p>
      <label htmlFor={kit.id("email")} className="mt-4 block font-semibold">
        Email address
      </label>
      <input
        id={kit.id("email")}
        name="email"
        type="email"
        required
        maxLength={EMAIL_MAX}
        autoComplete="email"
        defaultValue={kit.value("email")}
        key={state.status === "success" ? "sent" : kit.value("email")}
        {...kit.aria("email")}
        className={`mt-2 min-h-11 w-full rounded-full border-2 bg-white px-5 text-ink ${error ? "border-ember" : "border-ink/20"}`}
      />
      <FieldError kit={kit} name="email" className="mt-2 font-semibold text-ember-dark" />
      <SubmitButton kit={kit} busy="Sending…" className="btn-primary mt-4">
        Email me a new link
      </SubmitButton>
      <div role="status" aria-live="polite" className="mt-4">
        {state.message && !error ? <p className={`font-semibold ${state.status === "success" ? "text-pine" : "text-ember-dark"}`}>{state.message}</p> : null}
      </div>
    </form>
  );
}
