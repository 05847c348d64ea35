"use client";

import { confirmDriveAction } from "@/app/(site)/coat-drives/actions";
import { OnePressForm } from "@/components/forms/one-press-form";
import type { ConfirmDriveOutcome } from "@/lib/coat-drives/confirm-drive";
import type { FormState } from "@/lib/forms/form-state";

/** The emailed link's page: one press confirms the organiser's address and sends the drive to the team. */
export function ConfirmDriveForm({ token, answer }: { token: string; answer?: FormState<ConfirmDriveOutcome> }) {
  return (
    <OnePressForm
      action={confirmDriveAction}
      fields={{ token }}
      answer={answer}
      ask={{
        title: "Confirm your coat drive",
        text: "Press the button to confirm your email address and send your drive to our team.",
        button: "Confirm my coat drive",
        busy: "Confirming…",
      }}
      answers={{
        confirmed: {
          ok: true,
          title: "Thank you: your coat drive is with our team",
          text: "We’ve emailed you a private link to edit your drive. Our team will check it and put it live, usually within two working days, and email you when it is.",
          link: { href: "/", label: "Back to the appeal" },
        },
        expired: {
          ok: false,
          title: "This link has expired",
          text: "Confirmation links work for three days. Start your drive again and we’ll send a fresh one.",
          link: { href: "/coat-drives/start", label: "Start a coat drive" },
        },
        invalid: {
          ok: false,
          title: "This link can’t be used",
          text: "It may have been used already (if you confirmed before, your drive is with our team), or it was copied incompletely.",
          link: { href: "/coat-drives/start", label: "Start a coat drive" },
        },
      }}
    />
  );
}
