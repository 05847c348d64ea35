"use client";

import { SiteLink } from "@/components/site-link";
import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { confirmAction } from "@/app/(site)/newsletter/actions";
import type { FormState } from "@/lib/forms/form-state";
import type { ConfirmOutcome } from "@/lib/newsletter/confirm-subscription";

/**
 * Confirming takes a button press (a POST), not just opening the link: mail scanners that follow
 * links must not subscribe anyone. Without script the action's answer comes back through
 * lib/forms/answer-without-script.ts as `answer`, so a confirmed subscription says so.
 */
export function ConfirmForm({ token, answer }: { token: string; answer?: FormState<ConfirmOutcome> }) {
  const [kit, action] = useFormKit(confirmAction, { answer });
  const { state } = kit;
  if (state.outcome === "confirmed") {
    return (
      <div role="status">
        <h1 className="text-4xl font-semibold">You’re subscribed</h1>
        <p className="mt-4 text-lg text-ink-soft">Thank you. We’ll write when there is news from the appeal. Every email has a link to unsubscribe.</p>
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
            ? "Confirmation links work for 72 hours. Sign up again and we’ll send you a fresh one."
            : "It may have been used already (if you confirmed before, you’re on the list), or it was copied incompletely. You can sign up again to get a new link."}
        </p>
        <SiteLink href="/newsletter" className="btn-primary mt-6">
          Sign up again
        </SiteLink>
      </div>
    );
  }
  return (
    <form action={action}>
      <h1 className="text-4xl font-semibold">Confirm your subscription</h1>
      <p className="mt-4 text-lg text-ink-soft">Press the button to start receiving email updates about the winter appeal.</p>
      <input type="hidden" name="token" value={token} />
      <FormRefusal kit={kit} />
      <SubmitButton kit={kit} busy="Confirming…" className="btn-primary mt-6">
        Confirm my subscription
      </SubmitButton>
    </form>
  );
}
