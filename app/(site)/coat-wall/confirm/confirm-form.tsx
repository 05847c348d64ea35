"use client";

import { confirmCoatPhotoAction } from "@/app/(site)/coat-wall/actions";
import { OnePressForm } from "@/components/forms/one-press-form";
import type { ConfirmPhotoOutcome } from "@/lib/coat-wall/confirm-photo";
import type { FormState } from "@/lib/forms/form-state";

/** The emailed link's page: one press confirms the photo was sent by the link's owner. */
export function ConfirmPhotoForm({ token, answer }: { token: string; answer?: FormState<ConfirmPhotoOutcome> }) {
  return (
    <OnePressForm
      action={confirmCoatPhotoAction}
      fields={{ token }}
      answer={answer}
      ask={{
        title: "Confirm your photo",
        text: "Press the button to confirm you sent this photo. Our team will then look at it before it goes on the wall.",
        button: "Confirm my photo",
        busy: "Confirming…",
      }}
      answers={{
        confirmed: {
          ok: true,
          title: "Thank you: your photo is with our team",
          text: "A member of our team looks at every photo before it goes on the wall, usually within a day. We’ll email you when yours is up.",
          link: { href: "/coat-wall", label: "See the coat wall" },
        },
        expired: {
          ok: false,
          title: "This link has expired",
          text: "Confirmation links work for 72 hours, and the photo is then deleted. You’re welcome to send it again.",
          link: { href: "/coat-wall/add", label: "Send a photo" },
        },
        invalid: {
          ok: false,
          title: "This link can’t be used",
          text: "It may have been used already (if you confirmed before, your photo is with our team), or the photo was deleted, or the link was copied incompletely.",
          link: { href: "/coat-wall/add", label: "Send a photo" },
        },
      }}
    />
  );
}
