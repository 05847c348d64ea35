"use client";

import Link from "next/link";
import { changePointStatusAction } from "@/app/admin/donation-points/actions";
import { AnswerTo, answerFor } from "@/app/admin/kept-answer-to";
import { FormRefusal, FormStatus, SubmitButton, useFormKit, type FormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

type Status = "ACCEPTING" | "FULL" | "CLOSED";

/** The newer of the page's version and this form's last answer: versions only go up. */
function currentVersion(version: number, kit: FormKit): string {
  return String(Math.max(version, Number(kit.value("version")) || 0));
}

/**
 * Full or accepting, one press each (both are easily undone); closing goes through a
 * confirmation page, which works without JavaScript. `answer`: the point's page's kept answer
 * to a post without script, taken when it is this form's (app/admin/kept-answer-to.tsx).
 */
export function PointStatusForm({ id, version, status, answer }: { id: string; version: number; status: Status; answer?: FormState }) {
  const [kit, action] = useFormKit(changePointStatusAction, { answer: answerFor(answer, "status") });
  const to: Status = status === "ACCEPTING" ? "FULL" : "ACCEPTING";
  const label = status === "ACCEPTING" ? "Mark as full for now" : status === "FULL" ? "Mark as accepting coats" : "Reopen this point";
  return (
    <div className="space-y-3">
      <form action={action} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={currentVersion(version, kit)} />
        <input type="hidden" name="to" value={to} />
        <AnswerTo name="status" />
        <SubmitButton kit={kit} busy="Saving…" className={status === "CLOSED" ? "btn-primary" : "btn-secondary"}>
          {label}
        </SubmitButton>
        {status !== "CLOSED" ? (
          <Link href={`/admin/donation-points/${id}/close`} className="font-semibold text-ember-dark">
            Close this point…
          </Link>
        ) : null}
      </form>
      <FormStatus kit={kit} />
    </div>
  );
}

/** The confirmation page's button: closes the point and goes back to the list. */
export function ClosePointForm({ id, version, answer }: { id: string; version: number; answer?: FormState }) {
  const [kit, action] = useFormKit(changePointStatusAction, { answer });
  return (
    <div className="space-y-3">
      <FormRefusal kit={kit} className="font-semibold text-ember-dark" />
      <form action={action} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={String(version)} />
        <input type="hidden" name="to" value="CLOSED" />
        <SubmitButton kit={kit} busy="Closing…">
          Yes, close it
        </SubmitButton>
        <Link href={`/admin/donation-points/${id}`}>No, keep it open</Link>
      </form>
    </div>
  );
}
