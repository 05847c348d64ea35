"use client";

import { resolveProblemAction } from "@/app/admin/donations/problems/actions";
import { RESOLUTION_NOTE_MAX } from "@/app/admin/donations/problems/resolution-schema";
import { FieldError, FormStatus, SubmitButton, useFormKit } from "@/components/forms/form-kit";

/** Marks one payment problem resolved, with an optional note of what was done. */
export function ResolveProblemForm({ id, donationId }: { id: string; donationId: string | null }) {
  const [kit, action] = useFormKit(resolveProblemAction, { idPrefix: `problem-${id}` });
  const noteId = kit.id("note");
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="id" value={id} />
      {donationId ? <input type="hidden" name="donationId" value={donationId} /> : null}
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
