"use client";

import { SiteLink } from "@/components/site-link";
import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { confirmCoatPhotoAction } from "@/app/(site)/coat-wall/actions";
import type { ConfirmPhotoOutcome } from "@/lib/coat-wall/confirm-photo";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Confirming takes a button press (a POST), not just opening the link: mail scanners that follow
 * links must not confirm anyone's photo. Without script the answer comes back as `answer`.
 */
export function ConfirmPhotoForm({ token, answer }: { token: string; answer?: FormState<ConfirmPhotoOutcome> }) {
  const [kit, action] = useFormKit(confirmCoatPhotoAction, { answer });
  const { state } = kit;
  if (state.outcome === "confirmed") {
    return (
      <div role="status">
        <h1 className="text-4xl font-semibold">Thank you: your photo is with our team</h1>
        <p className="mt-4 text-lg text-ink-soft">
          A member of our team looks at every photo before it goes on the wall, usually within a day. We’ll email you when yours is up.
        </p>
        <SiteLink href="/coat-wall" className="btn-primary mt-6">
          See the coat wall
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
            ? "Confirmation links work for 72 hours, and the photo is then deleted. You’re welcome to send it again."
            : "It may have been used already (if you confirmed before, your photo is with our team), or the photo was deleted, or the link was copied incompletely."}
        </p>
        <SiteLink href="/coat-wall/add" className="btn-primary mt-6">
          Send a photo
        </SiteLink>
      </div>
    );
  }
  return (
    <form action={action}>
      <h1 className="text-4xl font-semibold">Confirm your photo</h1>
      <p className="mt-4 text-lg text-ink-soft">Press the button to confirm you sent this photo. Our team will then look at it before it goes on the wall.</p>
      <input type="hidden" name="token" value={token} />
      <FormRefusal kit={kit} />
      <SubmitButton kit={kit} busy="Confirming…" className="btn-primary mt-6">
        Confirm my photo
      </SubmitButton>
    </form>
  );
}
