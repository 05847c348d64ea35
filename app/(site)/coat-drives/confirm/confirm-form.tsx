"use client";

import { SiteLink } from "@/components/site-link";
import { confirmDriveAction } from "@/app/(site)/coat-drives/actions";
import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import type { ConfirmDriveOutcome } from "@/lib/coat-drives/confirm-drive";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Confirming takes a button press (a POST), not just opening the link: mail scanners that follow
 * links must not confirm anyone. Without script the answer comes back as `answer`.
 */
export function ConfirmDriveForm({ token, answer }: { token: string; answer?: FormState<ConfirmDriveOutcome> }) {
  const [kit, action] = useFormKit(confirmDriveAction, { answer });
  const { state } = kit;
  if (state.outcome === "confirmed") {
    return (
      <div role="status">
        <h1 className="text-4xl font-semibold">Thank you: your coat drive is with our team</h1>
        <p className="mt-4 text-lg text-ink-soft">
          We’ve emailed you a private link to edit your drive. Our team will check it and put it live, usually within two working days, and email you when it
          is.
        </p>
        <SiteLink href="/" className="btn-primary mt-6">
          Back to the appeal
        </SiteLink>
      </div>
    );
  }
  if (state.outcome === "expired" || state.outcome === "invalid") {
    return (
      <div role="alert">
        <h1 className="text-4xl font-semibold">{state.outcome === "expired" ? "This link has expired" : "This link can’t be used"}</h1>
        <p className="mt-4 text-lg text-ink-soft">
          {state.outcome === "expired"
            ? "Confirmation links work for three days. Start your drive again and we’ll send a fresh one."
            : "It may have been used already (if you confirmed before, your drive is with our team), or it was copied incompletely."}
        </p>
        <SiteLink href="/coat-drives/start" className="btn-primary mt-6">
          Start a coat drive
        </SiteLink>
      </div>
    );
  }
  return (
    <form action={action}>
      <h1 className="text-4xl font-semibold">Confirm your coat drive</h1>
      <p className="mt-4 text-lg text-ink-soft">Press the button to confirm your email address and send your drive to our team.</p>
      <input type="hidden" name="token" value={token} />
      <FormRefusal kit={kit} />
      <SubmitButton kit={kit} busy="Confirming…" className="btn-primary mt-6">
        Confirm my coat drive
      </SubmitButton>
    </form>
  );
}
