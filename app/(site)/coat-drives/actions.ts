"use server";

import { confirmDrive, type ConfirmDriveOutcome } from "@/lib/coat-drives/confirm-drive";
import { startDriveLimits } from "@/lib/coat-drives/drive-limits";
import { startDriveSchema } from "@/lib/coat-drives/drive-schema";
import { startDrive } from "@/lib/coat-drives/start-drive";
import { chosenPhoto, readDrivePhoto, withPhotoToChooseAgain } from "@/lib/coat-drives/drive-photo";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/format/date";
import { answerForm } from "@/lib/forms/answer-without-script";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction } from "@/lib/forms/public-action";
import { TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { enqueue } from "@/lib/queue/site-queue";
import { storage } from "@/lib/storage";

// Public actions: no sign-in, so each one limits who may call it how often (rate limits) or
// checks the token that authorises it, beside the data it touches.

const STARTED = "Thank you. We’ve emailed you a link: please open it to confirm your address. Your drive goes to our team once you do.";

/** Starting a drive (lib/forms/public-action.ts: honeypot, schema, limits, then the work). */
const start = (photo: File | null) =>
  publicAction(
    {
      schema: () => startDriveSchema(isoDate(new Date())),
      limits: { ...startDriveLimits, person: (input) => input.email },
      honeypot: { status: "success", outcome: "started", message: STARTED },
      invalid: "Please check the highlighted answers.",
      failed: "Sorry, something went wrong on our side and your drive was not saved. Please try again in a minute.",
      personRefusal:
        "We already have several coat drives started from this email address today. Please confirm those from the emails we sent, or try again tomorrow.",
      label: "coat-drive-start",
    },
    async (input, { sendEmail }): Promise<FormState> => {
      const read = await readDrivePhoto(photo, input.photoAlt);
      if (!read.ok) return { status: "error", message: "Please check the highlighted answers.", fieldErrors: read.fieldErrors };
      await startDrive(db, enqueue, input, { sendEmail, ...(read.image ? { photo: { image: read.image, storage: storage() } } : {}) });
      return { status: "success", outcome: "started", message: STARTED };
    },
  );

/** The start form, with its optional photo: a refusal asks for a chosen photo again. */
export async function startDriveAction(previous: FormState, form: FormData): Promise<FormState> {
  const photo = chosenPhoto(form);
  return withPhotoToChooseAgain(await start(photo)(previous, form), photo);
}

/** A plain post's answer is shown on the confirm page itself (without the token, now spent). */
const confirmAnswerAt = { name: "coat-drive-confirm", page: "/coat-drives/confirm" };

export async function confirmDriveAction(_previous: FormState<ConfirmDriveOutcome>, form: FormData): Promise<FormState<ConfirmDriveOutcome>> {
  let state: FormState<ConfirmDriveOutcome>;
  try {
    const token = tokenField(form, "token");
    if (token === null) state = { status: "error", message: TOKEN_TOO_LONG };
    else {
      const outcome = await confirmDrive(db, enqueue, token);
      state = { status: outcome === "confirmed" ? "success" : "error", outcome };
    }
  } catch (error) {
    console.error("[coat-drives] confirm failed", error);
    state = { status: "error", message: "Sorry, something went wrong on our side. Please try again in a minute." };
  }
  return answerForm(state, confirmAnswerAt);
}
