"use client";

import { Field, FormStatus, HoneypotField, RateLimitField, SubmitButton, useFormKit, type Action } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";
import { EMAIL_MAX } from "@/lib/forms/length-limit";
import type { RateLimit } from "@/lib/rate-limit/rate-limit";

/**
 * "Email me a new link", wherever an emailed link can run out (a monthly donor's manage link, a
 * drive organiser's private link): one address, answered in the same words whether or not it is
 * known, so the form tells nobody who gives or organises what. With JavaScript the answer appears
 * in place; without it the action keeps its answer for `permalink`'s page and sends the browser
 * there (lib/forms/answer-without-script.ts), where the page passes it in as `answer`.
 *
 * The route's own client module imports its action and hands it in here, with the limit the
 * action counts per connection (for proxy.ts): an action reaches a form that posts without script
 * only from a client module's import.
 */
export function NewLinkForm({
  action,
  limit,
  permalink,
  hint,
  answer,
}: {
  action: Action<FormState>;
  limit: RateLimit;
  /** Where a post without script lands: the page without a link, scrolled to this form (`#new-link`). */
  permalink: string;
  /** Which address to give, and what comes of it. */
  hint: string;
  answer?: FormState;
}) {
  const [kit, formAction] = useFormKit(action, { answer, permalink });
  // The address's own problem is said beside it; the status says everything else.
  const status = kit.error("email") ? { ...kit, state: { ...kit.state, message: undefined } } : kit;
  return (
    <form id="new-link" action={formAction} className="mt-8 max-w-xl rounded-3xl bg-white p-6 ring-1 ring-ink/10" noValidate aria-labelledby={kit.id("title")}>
      <RateLimitField limit={limit} />
      <HoneypotField id={kit.id("website")} />
      <h2 id={kit.id("title")} className="text-2xl font-semibold">
        Email me a new link
      </h2>
      <Field
        key={kit.state.status === "success" ? "sent" : kit.value("email")}
        kit={kit}
        name="email"
        label="Email address"
        type="email"
        maxLength={EMAIL_MAX}
        autoComplete="email"
        hint={hint}
        className="mt-4"
      />
      <SubmitButton kit={kit} busy="Sending…" className="btn-primary mt-4">
        Email me a new link
      </SubmitButton>
      <div className="mt-4">
        <FormStatus kit={status} />
      </div>
    </form>
  );
}
