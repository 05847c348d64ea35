"use client";

import { decideReportAction, moveDriveAction, saveDriveAction } from "@/app/admin/coat-drives/actions";
import { MOVES_FORM, reportForm } from "@/app/admin/coat-drives/drive-form-names";
import { AnswerTo, answerFor } from "@/app/admin/kept-answer-to";
import { Field, FormStatus, SelectField, SubmitButton, useFormKit, VersionField } from "@/components/forms/form-kit";
import { driveKinds } from "@/lib/coat-drives/options";
import type { FormState } from "@/lib/forms/form-state";

// A drive's staff page holds three kinds of form. Each takes the page's answer to a post made
// without script only when it is its own (app/admin/kept-answer-to.tsx).

const moveLabels = {
  approve: "Approve and put live",
  pause: "Pause",
  resume: "Put live again",
  close: "Close the drive",
  reopen: "Reopen",
} as const;

/** One press per move the drive's status allows. */
export function DriveMoves({ id, moves, answer }: { id: string; moves: (keyof typeof moveLabels)[]; answer?: FormState }) {
  const [kit, action] = useFormKit(moveDriveAction, { answer: answerFor(answer, MOVES_FORM) });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {moves.map((move) => (
          <form key={move} action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="move" value={move} />
            <AnswerTo name={MOVES_FORM} />
            <SubmitButton kit={kit} busy="Saving…" className={move === "approve" || move === "resume" || move === "reopen" ? "btn-primary" : "btn-secondary"}>
              {moveLabels[move]}
            </SubmitButton>
          </form>
        ))}
      </div>
      <FormStatus kit={kit} />
    </div>
  );
}

/** Confirm or reject one report of coats collected. */
export function ReportDecision({ id, reportId, answer }: { id: string; reportId: string; answer?: FormState }) {
  const [kit, action] = useFormKit(decideReportAction, { answer: answerFor(answer, reportForm(reportId)) });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {(["confirm", "reject"] as const).map((decision) => (
          <form key={decision} action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="reportId" value={reportId} />
            <input type="hidden" name="decision" value={decision} />
            <AnswerTo name={reportForm(reportId)} />
            <SubmitButton kit={kit} busy="Saving…" className={decision === "confirm" ? "btn-primary" : "btn-secondary"}>
              {decision === "confirm" ? "Confirm these coats" : "Reject"}
            </SubmitButton>
          </form>
        ))}
      </div>
      <FormStatus kit={kit} />
    </div>
  );
}

/** Staff edit of a drive: the same fields as the organiser's, guarded by the version opened. */
export function DriveEditor({ id, initial, answer }: { id: string; initial: Record<string, string>; answer?: FormState }) {
  const [kit, action] = useFormKit(saveDriveAction, { initial, answer: answerFor(answer) });
  return (
    <form action={action} key={kit.key} className="space-y-5 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 className="text-2xl font-semibold">Edit the drive</h2>
      <input type="hidden" name="id" value={id} />
      <VersionField kit={kit} />
      <Field kit={kit} name="name" label="Name" />
      <SelectField kit={kit} name="kind" label="Who is running it" options={driveKinds.map((k) => ({ value: k.value, label: k.label }))} />
      <Field kit={kit} name="goal" label="Goal, in coats" inputMode="numeric" />
      <Field kit={kit} name="story" label="Story (plain text or Markdown)" rows={8} />
      <Field kit={kit} name="endsOn" label="End date (optional)" type="date" />
      <Field kit={kit} name="photoAlt" label="Photo description (for people who can’t see it)" />
      <SubmitButton kit={kit} busy="Saving…">
        Save changes
      </SubmitButton>
      <FormStatus kit={kit} />
    </form>
  );
}
