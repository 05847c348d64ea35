"use client";

import { stopDriveEmailsAction, type StopEmailsOutcome } from "@/app/(site)/coat-drives/organiser-actions";
import { OnePressForm } from "@/components/forms/one-press-form";
import type { FormState } from "@/lib/forms/form-state";

/** The link at the foot of an organiser's emails: one press stops them, the drive carries on. */
export function StopEmailsForm({ driveId, token, answer }: { driveId: string; token: string; answer?: FormState<StopEmailsOutcome> }) {
  return (
    <OnePressForm
      action={stopDriveEmailsAction}
      fields={{ d: driveId, t: token }}
      answer={answer}
      ask={{
        title: "Stop emails about your coat drive",
        text: "No more daily round-ups of gifts, goal or end-of-drive emails. Your drive itself carries on.",
        button: "Stop these emails",
        busy: "Stopping…",
      }}
      answers={{
        stopped: {
          ok: true,
          title: "We won’t email you about your drive again",
          text: "Your drive carries on as before. If you change your mind, reply to any of our emails.",
        },
      }}
    />
  );
}
