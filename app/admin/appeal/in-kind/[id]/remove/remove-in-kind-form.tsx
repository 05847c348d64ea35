"use client";

import Link from "next/link";
import { useActionState } from "react";
import { removeInKindAction } from "@/app/admin/appeal/actions";
import { idleState } from "@/lib/forms/form-state";

/** The second step of removing a delivery: the one button that takes its coats off the count. */
export function RemoveInKindForm({ id, coats }: { id: string; coats: string }) {
  const [state, action, pending] = useActionState(removeInKindAction, idleState);
  return (
    <form action={action} className="space-y-4">
      {state.message ? (
        <p role="alert" className="rounded-2xl bg-white p-4 font-semibold text-ember-dark ring-1 ring-ember">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="confirm" value="yes" />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="btn-primary">
          {pending ? "Removing…" : `Yes, remove ${coats}`}
        </button>
        <Link href="/admin/appeal/in-kind" className="btn-secondary">
          No, keep it
        </Link>
      </div>
    </form>
  );
}
