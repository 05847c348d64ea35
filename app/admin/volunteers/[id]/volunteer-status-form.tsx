"use client";

import { changeVolunteerStatusAction } from "@/app/admin/volunteers/actions";
import { FieldError, FormStatus, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";
import { volunteerStatuses } from "@/lib/volunteers/options";

/**
 * Where an application stands. `current` is what the admin sees, sent along so a colleague's
 * change in between is noticed. `answer`: the answer to a post without script, kept for the page.
 */
export function VolunteerStatusForm({ id, current, answer }: { id: string; current: string; answer?: FormState }) {
  const [kit, action] = useFormKit(changeVolunteerStatusAction, { answer });
  const chosen = kit.state.status === "error" ? kit.value("status", current) : current;
  return (
    <form action={action} className="space-y-4 rounded-3xl bg-white p-6 ring-1 ring-ink/10" key={`${current}:${chosen}`}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="seen" value={current} />
      <fieldset {...kit.describe("status")}>
        <legend className="text-xl font-semibold">Status</legend>
        <div className="mt-3 space-y-2">
          {volunteerStatuses.map((s) => (
            <label key={s.value} className="flex items-start gap-3">
              <input type="radio" name="status" value={s.value} defaultChecked={chosen === s.value} className="mt-1 h-5 w-5 shrink-0 accent-ember" />
              <span>
                <span className="font-semibold">{s.label}</span>
                <span className="block text-sm text-ink-soft">{s.summary}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError kit={kit} name="status" className="mt-2 font-semibold text-ember-dark" />
      </fieldset>
      <SubmitButton kit={kit} busy="Saving…">
        Save status
      </SubmitButton>
      <FormStatus kit={kit} />
    </form>
  );
}
