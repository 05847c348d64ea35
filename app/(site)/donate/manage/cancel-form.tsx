"use client";

import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { SiteLink } from "@/components/site-link";
import { cancelMonthlyGiftAction } from "./actions";

/**
 * "Yes, cancel my monthly gift" (test mode), on the form kit (components/forms/form-kit.tsx). A
 * cancellation sends the browser back to the gift's page, which says it is cancelled; a link
 * longer than any we send is refused in words, here with script, on the new-link form without.
 */
export function CancelGiftForm({ donationId, token, here }: { donationId: string; token: string; here: string }) {
  const [kit, action] = useFormKit(cancelMonthlyGiftAction);
  return (
    <form action={action} className="mt-6 flex flex-wrap gap-3">
      <p className="w-full font-semibold text-ember-dark">Test mode: no money moves.</p>
      <input type="hidden" name="d" value={donationId} />
      <input type="hidden" name="t" value={token} />
      <FormRefusal kit={kit} className="w-full font-semibold text-ember-dark" />
      <SubmitButton kit={kit} busy="Cancelling…" className="btn-secondary">
        Yes, cancel my monthly gift
      </SubmitButton>
      <SiteLink href={here} className="btn-primary">
        Keep my gift
      </SiteLink>
    </form>
  );
}
