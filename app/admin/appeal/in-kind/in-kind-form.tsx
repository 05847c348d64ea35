"use client";

import { recordInKindAction } from "@/app/admin/appeal/actions";
import { Field, FormMessage, SelectField, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

/** `answer`: a post without script's, kept for the page (lib/forms/kept-answers.ts). */
type Props = { today: string; points: { id: string; name: string }[]; answer?: FormState };

/** Records coats handed in; after a save the form is empty again, ready for the next delivery. */
export function InKindForm({ today, points, answer }: Props) {
  const [kit, action] = useFormKit(recordInKindAction, { answer, initial: { coats: "", receivedOn: today, donationPointId: "", note: "" } });
  return (
    <form action={action} noValidate className="space-y-5 rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:p-6">
      <h2 className="text-2xl font-semibold">Record a delivery</h2>
      <FormMessage kit={kit} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field kit={kit} name="coats" label="Coats received" inputMode="numeric" />
        <Field kit={kit} name="receivedOn" label="Received on" type="date" max={today} />
      </div>
      {points.length ? (
        <SelectField
          kit={kit}
          name="donationPointId"
          label="Drop-off point (optional)"
          options={[{ value: "", label: "Not from a drop-off point" }, ...points.map((p) => ({ value: p.id, label: p.name }))]}
        />
      ) : (
        <p className="text-ink-soft">
          <input type="hidden" name="donationPointId" value="" />
          No drop-off points have been added yet, so this delivery won’t be linked to one.
        </p>
      )}
      <Field kit={kit} name="note" label="Note (optional)" rows={3} hint="Who brought them, what sizes, anything worth remembering." />
      <button type="submit" disabled={kit.pending} className="btn-primary">
        {kit.pending ? "Recording…" : "Record the coats"}
      </button>
    </form>
  );
}
