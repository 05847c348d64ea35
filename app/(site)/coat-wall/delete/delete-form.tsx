"use client";

import { SiteLink } from "@/components/site-link";
import { FormRefusal, SubmitButton, useFormKit } from "@/components/forms/form-kit";
import { deleteCoatPhotoAction, type DeleteOutcome } from "@/app/(site)/coat-wall/actions";
import type { FormState } from "@/lib/forms/form-state";

/** The private delete link's page: one press deletes the photo, its files and everything sent with it. */
export function DeletePhotoForm({ token, answer }: { token: string; answer?: FormState<DeleteOutcome> }) {
  const [kit, action] = useFormKit(deleteCoatPhotoAction, { answer });
  const { state } = kit;
  if (state.outcome === "deleted") {
    return (
      <div role="status">
        <h1 className="text-4xl font-semibold">Your photo has been deleted</h1>
        <p className="mt-4 text-lg text-ink-soft">
          The photo, your name, your words and your email address are gone from our site and our records. Thank you for giving a coat all the same.
        </p>
        <SiteLink href="/" className="btn-primary mt-6">
          Back to the appeal
        </SiteLink>
      </div>
    );
  }
  if (state.outcome === "invalid") {
    return (
      <div role="alert">
        <h1 className="text-4xl font-semibold">There’s nothing to delete</h1>
        <p className="mt-4 text-lg text-ink-soft">
          The photo this link belonged to has already been deleted (by you, by our team, or because it was never confirmed), or the link was copied
          incompletely. If you think your photo is still on the wall, reply to the email we sent you.
        </p>
        <SiteLink href="/coat-wall" className="btn-primary mt-6">
          See the coat wall
        </SiteLink>
      </div>
    );
  }
  return (
    <form action={action}>
      <h1 className="text-4xl font-semibold">Delete your photo</h1>
      <p className="mt-4 text-lg text-ink-soft">
        This deletes your photo from the coat wall straight away, with your name, your words and your email address. It can’t be undone.
      </p>
      <input type="hidden" name="token" value={token} />
      <FormRefusal kit={kit} />
      <SubmitButton kit={kit} busy="Deleting…" className="btn-primary mt-6">
        Delete my photo
      </SubmitButton>
    </form>
  );
}
