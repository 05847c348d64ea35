"use client";

import { stopDriveEmailsAction } from "@/app/(site)/coat-drives/organiser-actions";
import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { FormState } from "@/lib/forms/form-state";

/** A button press (a POST), so a mail scanner following the link stops nothing. */
export function StopEmailsForm({ driveId, token, answer }: { driveId: string; token: string; answer?: FormState }) {
  const [kit, action] = useFormKit(stopDriveEmailsAction, { answer });
  const { state } = kit;
  if (state.status === "success") {
    return (
      <div role="status">
        <h1 className="text-4xl font-semibold">We won’t email you about your drive again</h1>
        <p className="mt-4 text-lg text-ink-soft">Your drive carries on as before. If you change your mind, reply to any of our emails.</p>
      </div>
    );
  }
  return (
    <form action={action}>
      <h1 className="text-4xl font-semibold">Stop emails about your coat drive</h1>
      <p className="mt-4 text-lg text-ink-soft">No more daily round-ups of gifts, goal or end-of-drive emails. Your drive itself carries on.</p>
      <input type="hidden" name="d" value={driveId} />
      <input type="hidden" name="t" value={token} />
      <FormRefusal kit={kit} />
      <SubmitButton kit={kit} busy="Stopping…" className="btn-primary mt-6">
        Stop these emails
      </SubmitButton>
    </form>
  );
}
