"use client";

import { approvePhotosAction, linkPhotoAction, takeDownPhotoAction } from "@/app/admin/coat-wall/actions";
import { approveForm, BULK_APPROVE_FORM, linkForm, takeDownForm } from "@/app/admin/coat-wall/form-names";
import { TAKE_DOWN_REASON_MAX } from "@/app/admin/coat-wall/moderation-schemas";
import { AnswerTo, answerFor } from "@/app/admin/kept-answer-to";
import { FieldError, FormStatus, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

// Every form here takes the page's answer to a post without script only when it is its own
// (`answer`; app/admin/kept-answer-to.tsx).

/** The bulk button: approves every photo whose box (form="bulk-approve") is ticked. */
export function BulkApproveForm({ answer }: { answer?: FormState }) {
  const [kit, action] = useFormKit(approvePhotosAction, { answer: answerFor(answer, BULK_APPROVE_FORM), idPrefix: "bulk-approve" });
  return (
    <div className="space-y-2">
      <form id="bulk-approve" action={action}>
        <AnswerTo name={BULK_APPROVE_FORM} />
        <SubmitButton kit={kit} busy="Approving…">
          Approve the ticked photos
        </SubmitButton>
      </form>
      <FormStatus kit={kit} fieldless />
    </div>
  );
}

/** One photo's decisions: approve (queue only), and reject or remove with a reason for the audit log. */
export function PhotoDecisionForms({ id, inQueue, label, answer }: { id: string; inQueue: boolean; label: string; answer?: FormState }) {
  const [approval, approve] = useFormKit(approvePhotosAction, { answer: answerFor(answer, approveForm(id)), idPrefix: `approve-${id}` });
  const [takeDown, takeDownAction] = useFormKit(takeDownPhotoAction, { answer: answerFor(answer, takeDownForm(id)), idPrefix: `take-down-${id}` });
  const kind = inQueue ? "reject" : "remove";
  return (
    <div className="space-y-3">
      {inQueue ? (
        <form action={approve}>
          <input type="hidden" name="ids" value={id} />
          <AnswerTo name={approveForm(id)} />
          <SubmitButton kit={approval} busy="Approving…">
            Approve<span className="sr-only"> {label}</span>
          </SubmitButton>
        </form>
      ) : null}
      <FormStatus kit={approval} fieldless />
      <form action={takeDownAction} className="flex flex-wrap items-end gap-2" key={takeDown.key}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="kind" value={kind} />
        <AnswerTo name={takeDownForm(id)} />
        <div className="grow">
          <label htmlFor={`reason-${id}`} className="block text-sm font-semibold">
            Reason for {inQueue ? "rejecting" : "removing"} (kept in the audit log)
          </label>
          <input
            id={`reason-${id}`}
            name="reason"
            maxLength={TAKE_DOWN_REASON_MAX}
            defaultValue={takeDown.value("reason")}
            {...takeDown.aria("reason")}
            className="mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-3 aria-invalid:border-ember-dark"
          />
        </div>
        <SubmitButton kit={takeDown} busy={inQueue ? "Rejecting…" : "Removing…"} className="btn-secondary">
          {inQueue ? "Reject" : "Remove"}
          <span className="sr-only"> {label}</span>
        </SubmitButton>
        <FieldError kit={takeDown} name="reason" className="basis-full font-semibold text-ember-dark" />
      </form>
      <FormStatus kit={takeDown} />
    </div>
  );
}

/** Links an approved photo to a delivery of coats received at its point (or unlinks it). */
export function LinkDeliveryForm({
  id,
  label,
  current,
  deliveries,
  answer,
}: {
  id: string;
  label: string;
  current: string | null;
  deliveries: { id: string; label: string }[];
  answer?: FormState;
}) {
  const [kit, action] = useFormKit(linkPhotoAction, { answer: answerFor(answer, linkForm(id)), idPrefix: `link-${id}` });
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <AnswerTo name={linkForm(id)} />
      <div className="grow">
        <label htmlFor={`delivery-${id}`} className="block text-sm font-semibold">
          Coats received at this point
        </label>
        <select
          id={`delivery-${id}`}
          name="deliveryId"
          defaultValue={current ?? ""}
          className="mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-3"
        >
          <option value="">Not linked</option>
          {deliveries.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton kit={kit} busy="Saving…" className="btn-secondary">
        Save link<span className="sr-only"> for {label}</span>
      </SubmitButton>
      <div className="basis-full">
        <FormStatus kit={kit} fieldless />
      </div>
    </form>
  );
}
