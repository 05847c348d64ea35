"use client";

import { SiteLink } from "@/components/site-link";
import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { resubscribeAction, unsubscribeAction } from "@/app/(site)/newsletter/actions";
import type { FormState } from "@/lib/forms/form-state";

export type Outcome = "unsubscribed" | "resubscribed" | "invalid";

export function UnsubscribeForm({
  subscriberId,
  token,
  email,
  alreadyUnsubscribed,
  answers = {},
}: {
  subscriberId: string;
  token: string;
  email: string;
  alreadyUnsubscribed: boolean;
  /** What a post without script answered (the page reads it back: lib/forms/answer-without-script.ts). */
  answers?: { unsubscribe?: FormState<Outcome>; resubscribe?: FormState<Outcome> };
}) {
  const [leaving, leave] = useFormKit<FormState<Outcome>>(unsubscribeAction, { answer: answers.unsubscribe });
  const [rejoining, rejoin] = useFormKit<FormState<Outcome>>(resubscribeAction, { answer: answers.resubscribe });
  const left = leaving.state;
  const back = rejoining.state;
  const link = (
    <>
      <input type="hidden" name="s" value={subscriberId} />
      <input type="hidden" name="t" value={token} />
    </>
  );

  if (back.outcome === "resubscribed") {
    return (
      <div role="status">
        <h1 className="text-4xl font-semibold">Almost there</h1>
        <p className="mt-4 text-lg text-ink-soft">{back.message}</p>
      </div>
    );
  }
  if (left.outcome === "unsubscribed" || alreadyUnsubscribed) {
    return (
      <div role="status">
        <h1 className="text-4xl font-semibold">You’re unsubscribed</h1>
        <p className="mt-4 text-lg text-ink-soft">
          We won’t send any more updates to <strong className="text-ink">{email}</strong>. Changed your mind?
        </p>
        <form action={rejoin} className="mt-6 flex flex-wrap gap-3">
          {link}
          <SubmitButton kit={rejoining} busy="Resubscribing…" className="btn-secondary">
            Resubscribe
          </SubmitButton>
          <SiteLink href="/" className="btn-primary">
            Back to the appeal
          </SiteLink>
        </form>
        <FormRefusal kit={rejoining} fallback="This link can’t be used any more." />
      </div>
    );
  }
  return (
    <form action={leave}>
      <h1 className="text-4xl font-semibold">Unsubscribe from email updates</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Stop sending appeal updates to <strong className="text-ink">{email}</strong>?
      </p>
      {link}
      <FormRefusal kit={leaving} fallback="This link can’t be used." />
      <SubmitButton kit={leaving} busy="Unsubscribing…" className="btn-primary mt-6">
        Unsubscribe
      </SubmitButton>
    </form>
  );
}
