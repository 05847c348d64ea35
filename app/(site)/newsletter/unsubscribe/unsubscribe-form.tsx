"use client";

import { SiteLink } from "@/components/site-link";
import { useActionState } from "react";
import { resubscribeAction, unsubscribeAction } from "@/app/(site)/newsletter/actions";
import type { FormState } from "@/lib/forms/form-state";

type Outcome = "unsubscribed" | "resubscribed" | "invalid";
const initial: FormState<Outcome> = { status: "idle" };

export function UnsubscribeForm({
  subscriberId,
  token,
  email,
  alreadyUnsubscribed,
}: {
  subscriberId: string;
  token: string;
  email: string;
  alreadyUnsubscribed: boolean;
}) {
  const [left, leave, leaving] = useActionState(unsubscribeAction, initial);
  const [back, rejoin, rejoining] = useActionState(resubscribeAction, initial);
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
          <button type="submit" disabled={rejoining} className="btn-secondary">
            {rejoining ? "Resubscribing…" : "Resubscribe"}
          </button>
          <SiteLink href="/" className="btn-primary">
            Back to the appeal
          </SiteLink>
        </form>
        {back.message || back.outcome === "invalid" ? (
          <p role="alert" className="mt-4 font-semibold text-ember-dark">
            {back.message ?? "This link can’t be used any more."}
          </p>
        ) : null}
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
      {left.message || left.outcome === "invalid" ? (
        <p role="alert" className="mt-4 font-semibold text-ember-dark">
          {left.message ?? "This link can’t be used."}
        </p>
      ) : null}
      <button type="submit" disabled={leaving} className="btn-primary mt-6">
        {leaving ? "Unsubscribing…" : "Unsubscribe"}
      </button>
    </form>
  );
}
