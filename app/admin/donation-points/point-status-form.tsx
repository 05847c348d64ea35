"use client";

import Link from "next/link";
import { useActionState } from "react";
import { changePointStatusAction } from "@/app/admin/donation-points/actions";
import { idleState, type FormState } from "@/lib/forms/form-state";

type Status = "ACCEPTING" | "FULL" | "CLOSED";

function Answer({ state }: { state: FormState }) {
  return state.message ? (
    <p role={state.status === "error" ? "alert" : "status"} className={`font-semibold ${state.status === "error" ? "text-ember-dark" : "text-pine"}`}>
      {state.message}
    </p>
  ) : null;
}

/** The newer of the page's version and this form's last answer: versions only go up. */
function currentVersion(version: number, state: FormState): string {
  return String(Math.max(version, Number(state.status === "success" ? state.values?.version : 0) || 0));
}

/**
 * Full or accepting, one press each (both are easily undone); closing goes through a
 * confirmation page, which works without JavaScript.
 */
export function PointStatusForm({ id, version, status }: { id: string; version: number; status: Status }) {
  const [state, action, pending] = useActionState(changePointStatusAction, idleState);
  const to: Status = status === "ACCEPTING" ? "FULL" : "ACCEPTING";
  const label = status === "ACCEPTING" ? "Mark as full for now" : status === "FULL" ? "Mark as accepting coats" : "Reopen this point";
  return (
    <div className="space-y-3">
      <form action={action} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={currentVersion(version, state)} />
        <input type="hidden" name="to" value={to} />
        <button type="submit" disabled={pending} className={status === "CLOSED" ? "btn-primary" : "btn-secondary"}>
          {label}
        </button>
        {status !== "CLOSED" ? (
          <Link href={`/admin/donation-points/${id}/close`} className="font-semibold text-ember-dark">
            Close this point…
          </Link>
        ) : null}
      </form>
      <Answer state={state} />
    </div>
  );
}

/** The confirmation page's button: closes the point and goes back to the list. */
export function ClosePointForm({ id, version }: { id: string; version: number }) {
  const [state, action, pending] = useActionState(changePointStatusAction, idleState);
  return (
    <div className="space-y-3">
      <Answer state={state} />
      <form action={action} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={String(version)} />
        <input type="hidden" name="to" value="CLOSED" />
        <button type="submit" disabled={pending} className="btn-primary">
          Yes, close it
        </button>
        <Link href={`/admin/donation-points/${id}`}>No, keep it open</Link>
      </form>
    </div>
  );
}
