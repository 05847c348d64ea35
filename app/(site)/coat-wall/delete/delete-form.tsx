"use client";

import { deleteCoatPhotoAction, type DeleteOutcome } from "@/app/(site)/coat-wall/actions";
import { OnePressForm } from "@/components/forms/one-press-form";
import type { FormState } from "@/lib/forms/form-state";

/** The private delete link's page: one press deletes the photo, its files and everything sent with it. */
export function DeletePhotoForm({ token, answer }: { token: string; answer?: FormState<DeleteOutcome> }) {
  return (
    <OnePressForm
      action={deleteCoatPhotoAction}
      fields={{ token }}
      answer={answer}
      ask={{
        title: "Delete your photo",
        text: "This deletes your photo from the coat wall straight away, with your name, your words and your email address. It can’t be undone.",
        button: "Delete my photo",
        busy: "Deleting…",
      }}
      answers={{
        deleted: {
          ok: true,
          title: "Your photo has been deleted",
          text: "The photo, your name, your words and your email address are gone from our site and our records. Thank you for giving a coat all the same.",
          link: { href: "/", label: "Back to the appeal" },
        },
        invalid: {
          ok: false,
          title: "There’s nothing to delete",
          text: "The photo this link belonged to has already been deleted (by you, by our team, or because it was never confirmed), or the link was copied incompletely. If you think your photo is still on the wall, reply to the email we sent you.",
          link: { href: "/coat-wall", label: "See the coat wall" },
        },
      }}
    />
  );
}
