"use client";

import { requestEditLinkAction } from "@/app/(site)/coat-drives/edit/actions";
import { Field, FormStatus, HoneypotField, RateLimitField, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { editLinkLimits } from "@/lib/coat-drives/drive-limits";
import type { FormState } from "@/lib/forms/form-state";
import { EMAIL_MAX } from "@/lib/forms/length-limit";

/**
 * "Email me a new link" for a drive's organiser, on the form kit (components/forms/form-kit.tsx).
 * With JavaScript the answer appears in place; without it the action keeps its answer for
 * /coat-drives/edit and sends the browser back there (lib/forms/answer-without-script.ts), where
 * the page passes it in as `answer`.
 */
export function RequestEditLinkForm({ answer }: { answer?: FormState }) {
  const [kit, action] = useFormKit(requestEditLinkAction, { answer, permalink: "/coat-drives/edit#new-link" });
  // The address's own problem is said beside it; the status says everything else.
  const status = kit.error("email") ? { ...kit, state: { ...kit.state, message: undefined } } : kit;
  return (
    <form id="new-link" action={action} className="mt-8 max-w-xl rounded-3xl bg-white p-6 ring-1 ring-ink/10" noValidate aria-labelledby={kit.id("title")}>
      <RateLimitField limit={editLinkLimits.perConnection} />
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
        hint="The address you started your drive with. We’ll send a new private link for each drive you run."
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
