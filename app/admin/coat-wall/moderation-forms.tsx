"use client";

import { useActionState } from "react";
import { approvePhotosAction, linkPhotoAction, takeDownPhotoAction } from "@/app/admin/coat-wall/actions";
import { idleState, type FormState } from "@/lib/forms/form-state";

function Answer({ state }: { state: FormState }) {
  const message = state.fieldErrors ? Object.values(state.fieldErrors)[0] : state.message;
  return message ? (
    <p role={state.status === "error" ? "alert" : "status"} className={`font-semibold ${state.status === "error" ? "text-ember-dark" : "text-pine"}`}>
      {message}
    </p>
  ) : null;
}

/** The bulk button: approves every photo whose box (form="bulk-approve") is ticked. */
export function BulkApproveForm() {
  const [state, action, pending] = useActionState(approvePhotosAction, idleState);
  return (
    <div className="space-y-2">
      <form id="bulk-approve" action={action}>
        <button type="submit" disabled={pending} className="btn-primary">
          Approve the ticked photos
        </button>
      </form>
      <Answer state={state} />
    </div>
  );
}

/** One photo's decisions: approve (queue only), and reject or remove with a reason for the audit log. */
export function PhotoDecisionForms({ id, inQueue, label }: { id: string; inQueue: boolean; label: string }) {
  const [approved, approve, approving] = useActionState(approvePhotosAction, idleState);
  const [takenDown, takeDown, takingDown] = useActionState(takeDownPhotoAction, idleState);
  const kind = inQueue ? "reject" : "remove";
  return (
    <div className="space-y-3">
      {inQueue ? (
        <form action={approve}>
          <input type="hidden" name="ids" value={id} />
          <button type="submit" disabled={approving} className="btn-primary">
            Approve<span className="sr-only"> {label}</span>
          </button>
        </form>
      ) : null}
      <Answer state={approved} />
      <form action={takeDown} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="kind" value={kind} />
        <div className="grow">
          <label htmlFor={`reason-${id}`} className="block text-sm font-semibold">
            Reason for {inQueue ? "rejecting" : "removing"} (kept in the audit log)
          </label>
          <input
            id={`reason-${id}`}
            name="reason"
            maxLength={600}
            defaultValue={takenDown.values?.reason ?? ""}
            className="mt-1 min-h-11 w-full rounded-xl border-2 border-ink/25 bg-white px-3"
          />
        </div>
        <button type="submit" disabled={takingDown} className="btn-secondary">
          {inQueue ? "Reject" : "Remove"}
          <span className="sr-only"> {label}</span>
        </button>
      </form>
      <Answer state={takenDown} />
    </div>
  );
}

/** Links an approved photo to a delivery of coats received at its point (or unlinks it). */
export function LinkDeliveryForm({
  id,
  label,
  current,
  deliveries,
}: {
  id: string;
  label: string;
  current: string | null;
  deliveries: { id: string; label: string }[];
}) {
  const [state, action, pending] = useActionState(linkPhotoAction, idleState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={id} />
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
      <button type="submit" disabled={pending} className="btn-secondary">
        Save link<span className="sr-only"> for {label}</span>
      </button>
      <div className="basis-full">
        <Answer state={state} />
      </div>
    </form>
  );
}
