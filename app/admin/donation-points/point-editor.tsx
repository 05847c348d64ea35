"use client";

import { savePointAction } from "@/app/admin/donation-points/actions";
import { Field, FormMessage, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

export type EditablePoint = {
  id?: string;
  version: number;
  name: string;
  address: string;
  postcode: string;
  openingTimes: string;
  needs: string;
};

/**
 * Adding or editing a drop-off point. A post without script comes back with its answer kept
 * (`answer`; docs/architecture.md, "Forms, and what a post without script gets back"), messages
 * and everything typed. `located` is false when the point has no map position.
 */
export function PointEditor({
  point,
  answer,
  located,
  unlocatedMessage,
}: {
  point: EditablePoint;
  answer?: FormState;
  located: boolean;
  unlocatedMessage: string;
}) {
  const { id, version, ...fields } = point;
  // Ids from useId, never fixed: the page this form was on may be kept, hidden, after the browser
  // moves on (the add page after adding), and a fixed id would then label two fields.
  const [kit, action] = useFormKit(savePointAction, { answer, initial: { ...fields, version: String(version) } });
  const { state } = kit;
  // Versions only go up: the newer of this form's last answer and the page (which a status change
  // elsewhere on the page refreshes).
  const current = String(Math.max(version, Number(kit.value("version")) || 0));
  const warning = state.outcome === "saved-unlocated";

  return (
    <form action={action} noValidate className="max-w-3xl space-y-6" key={kit.key}>
      <input type="hidden" name="id" value={id ?? ""} />
      <input type="hidden" name="version" value={current} />
      {warning ? (
        <p role="alert" className="rounded-2xl bg-ember-light/50 p-4 font-semibold text-ink ring-1 ring-ember/40">
          {state.message}
        </p>
      ) : (
        <FormMessage kit={kit} />
      )}
      {!located && !warning && id ? (
        <p className="rounded-2xl bg-ember-light/50 p-4 ring-1 ring-ember/40">
          <strong>No map position yet:</strong> {unlocatedMessage}
        </p>
      ) : null}
      <Field kit={kit} name="name" label="Name" />
      <div className="grid gap-6 sm:grid-cols-[2fr_1fr]">
        <Field kit={kit} name="address" label="Address" rows={4} hint="Street and town, one line each, without the postcode." />
        <Field
          kit={kit}
          name="postcode"
          label="Postcode"
          hint="We look it up to sort points by distance."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputClassName="uppercase"
        />
      </div>
      <Field kit={kit} name="openingTimes" label="Opening times" rows={3} hint="One line per day or run of days, like “Monday to Friday, 10am to 4pm”." />
      <Field kit={kit} name="needs" label="What it needs now" rows={3} hint="Sizes and items in short supply, so people bring what helps most." />
      <div className="border-t border-ink/10 pt-6">
        <SubmitButton kit={kit} busy="Saving…">
          {id ? "Save changes" : "Add drop-off point"}
        </SubmitButton>
      </div>
    </form>
  );
}
