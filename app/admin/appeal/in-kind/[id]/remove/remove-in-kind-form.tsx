"use client";

import Link from "next/link";
import { removeInKindAction } from "@/app/admin/appeal/actions";
import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";

/** The second step of removing a delivery: the one button that takes its coats off the count. */
export function RemoveInKindForm({ id, coats }: { id: string; coats: string }) {
  const [kit, action] = useFormKit(removeInKindAction);
  return (
    <form action={action} className="space-y-4">
      <FormRefusal kit={kit} className="rounded-2xl bg-white p-4 font-semibold text-ember-dark ring-1 ring-ember" />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="confirm" value="yes" />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton kit={kit} busy="Removing…">
          Yes, remove {coats}
        </SubmitButton>
        <Link href="/admin/appeal/in-kind" className="btn-secondary">
          No, keep it
        </Link>
      </div>
    </form>
  );
}
