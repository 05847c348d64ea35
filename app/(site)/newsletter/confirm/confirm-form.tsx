"use client";

import { confirmAction } from "@/app/(site)/newsletter/actions";
import { OnePressForm } from "@/components/forms/one-press-form";
import type { FormState } from "@/lib/forms/form-state";
import type { ConfirmOutcome } from "@/lib/newsletter/confirm-subscription";

/** The emailed link's page: one press confirms the subscription. */
export function ConfirmForm({ token, answer }: { token: string; answer?: FormState<ConfirmOutcome> }) {
  return (
    <OnePressForm
      action={confirmAction}
      fields={{ token }}
      answer={answer}
      ask={{
        title: "Confirm your subscription",
        text: "Press the button to start receiving email updates about the winter appeal.",
        button: "Confirm my subscription",
        busy: "Confirming…",
      }}
      answers={{
        confirmed: {
          ok: true,
          title: "You’re subscribed",
          text: "Thank you. We’ll write when there is news from the appeal. Every email has a link to unsubscribe.",
          link: { href: "/", label: "Back to the appeal" },
        },
        expired: {
          ok: false,
          title: "This link has expired",
          text: "Confirmation links work for 72 hours. Sign up again and we’ll send you a fresh one.",
          link: { href: "/newsletter", label: "Sign up again" },
        },
        invalid: {
          ok: false,
          title: "This link can’t be used",
          text: "It may have been used already (if you confirmed before, you’re on the list), or it was copied incompletely. You can sign up again to get a new link.",
          link: { href: "/newsletter", label: "Sign up again" },
        },
      }}
    />
  );
}
