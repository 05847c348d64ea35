"use client";

import { resolveProblemAction } from "@/app/admin/donations/problems/actions";
import { RESOLUTION_NOTE_MAX } from "@/app/admin/donations/problems/resolution-schema";
import { problemForm } from "@/app/admin/donations/problems/problem-answers";
import { AnswerTo, answerFor } from "@/app/admin/kept-answer-to";
import { FieldError, FormStatus, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Marks one payment problem resolved, with an optional note of what was done. `shownOn`: the page
 * it is on, where a post without script comes back; `answer`: that page's kept answer.
 */
export function ResolveProblemForm({
  id,
  donationId,
  shownOn,
  answer,
}: {
  id: string;
  donationId: string | null;
  shownOn: "problems" | "donation";
  answer?: FormState;
}) {
  const [kit, action] = useFormKit(resolveProblemAction, { answer: answerFor(answer, problemForm(id)), idPrefix: `problem-${id}` });
  const noteId = kit.id("note");
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="id" value={id} />
      {donationId ? <input type="hidden" name="donationId" value={donationId} /> : null}
      <input type="hidden" name="shownOn" value={shownOn} />
      <AnswerTo name={problemForm(id)} />
      <label htmlFor={noteId} className="block font-semibold">
        What was done (optional)
      </label>
      <input
        id={noteId}
        name="note"
        maxLength={RESOLUTION_NOTE_MAX}
        defaultValue={kit.value("note")}
        {...kit.aria("note")}
        className="min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-3"
      />
      <FieldError kit={kit} name="note" className="font-semibold text-ember-dark" />
      <SubmitButton kit={kit} busy="Saving…" className="btn-secondary">
        Mark resolved
      </SubmitButton>
      <FormStatus kit={kit} />
    </form>
  );
}
