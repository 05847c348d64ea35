"use client";

import { useActionState } from "react";
import { decideReportAction, moveDriveAction, saveDriveAction } from "@/app/admin/coat-drives/actions";
import { Field, SelectField, useFormKit } from "@/components/forms/form-kit";
import { driveKinds } from "@/lib/coat-drives/options";
import { idleState, type FormState } from "@/lib/forms/form-state";

function Answer({ state }: { state: FormState }) {
  return (
    <div role="status" aria-live="polite">
      {state.message ? <p className={`font-semibold ${state.status === "error" ? "text-ember-dark" : "text-pine"}`}>{state.message}</p> : null}
    </div>
  );
}

const moveLabels = {
  approve: "Approve and put live",
  pause: "Pause",
  resume: "Put live again",
  close: "Close the drive",
  reopen: "Reopen",
} as const;

/** One press per move the drive's status allows. */
export function DriveMoves({ id, moves }: { id: string; moves: (keyof typeof moveLabels)[] }) {
  const [state, action, pending] = useActionState(moveDriveAction, idleState);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {moves.map((move) => (
          <form key={move} action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="move" value={move} />
            <button type="submit" disabled={pending} className={move === "approve" || move === "resume" || move === "reopen" ? "btn-primary" : "btn-secondary"}>
              {moveLabels[move]}
            </button>
          </form>
        ))}
      </div>
      <Answer state={state} />
    </div>
  );
}

/** Confirm or reject one report of coats collected. */
export function ReportDecision({ id, reportId }: { id: string; reportId: string }) {
  const [state, action, pending] = useActionState(decideReportAction, idleState);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {(["confirm", "reject"] as const).map((decision) => (
          <form key={decision} action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="reportId" value={reportId} />
            <input type="hidden" name="decision" value={decision} />
            <button type="submit" disabled={pending} className={decision === "confirm" ? "btn-primary" : "btn-secondary"}>
              {decision === "confirm" ? "Confirm these coats" : "Reject"}
            </button>
          </form>
        ))}
      </div>
      <Answer state={state} />
    </div>
  );
}

/** Staff edit of a drive: the same fields as the organiser's, guarded by the version opened. */
export function DriveEditor({ id, initial }: { id: string; initial: Record<string, string> }) {
  const [kit, action] = useFormKit(saveDriveAction, { initial });
  return (
    <form action={action} className="space-y-5 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 className="text-2xl font-semibold">Edit the drive</h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={kit.value("version")} />
      <Field kit={kit} name="name" label="Name" />
      <SelectField kit={kit} name="kind" label="Who is running it" options={driveKinds.map((k) => ({ value: k.value, label: k.label }))} />
      <Field kit={kit} name="goal" label="Goal, in coats" inputMode="numeric" />
      <Field kit={kit} name="story" label="Story (plain text or Markdown)" rows={8} />
      <Field kit={kit} name="endsOn" label="End date (optional)" type="date" />
      <Field kit={kit} name="photoAlt" label="Photo description (for people who can’t see it)" />
      <button type="submit" disabled={kit.pending} className="btn-primary">
        {kit.pending ? "Saving…" : "Save changes"}
      </button>
      <Answer state={kit.state} />
    </form>
  );
}
