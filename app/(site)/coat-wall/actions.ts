"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { tags } from "@/lib/cache/tags";
import { confirmCoatPhoto, type ConfirmPhotoOutcome } from "@/lib/coat-wall/confirm-photo";
import { deleteCoatPhotoByToken } from "@/lib/coat-wall/delete-photo";
import { coatWallLimits, photoReportLimits } from "@/lib/coat-wall/photo-limits";
import { reportPhoto } from "@/lib/coat-wall/report-photo";
import { coatPhotoSchema } from "@/lib/coat-wall/photo-schema";
import { processPhoto } from "@/lib/coat-wall/process-photo";
import { submitCoatPhoto } from "@/lib/coat-wall/submit-photo";
import { db } from "@/lib/db";
import { answerForm } from "@/lib/forms/answer-without-script";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction } from "@/lib/forms/public-action";
import { TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { imageRefusalMessage } from "@/lib/images/upload-image";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { DAY, rateLimit } from "@/lib/rate-limit/rate-limit";
import { enqueue } from "@/lib/queue/site-queue";
import { storage } from "@/lib/storage";

const RECEIVED = "Thank you! We’ve emailed you a link: press it to confirm the photo is yours, and a member of our team will look at it.";
// A browser cannot put a chosen file back in a form it shows again, so every refusal says so.
const CHOOSE_AGAIN = "Your photo wasn’t sent: please choose it again.";

const upload = (file: File | null) =>
  publicAction(
    {
      schema: coatPhotoSchema,
      limits: { ...coatWallLimits, person: (input) => input.email },
      honeypot: { status: "success", outcome: "received", message: RECEIVED },
      invalid: "Please check the highlighted answers.",
      failed: "Sorry, something went wrong on our side and your photo was not saved. Please try again in a minute.",
      personRefusal:
        "We already have several photos from this email address today, so we haven’t saved another. Please try again tomorrow, or reply to the email we sent you.",
      label: "coat-wall",
    },
    async (input, { sendEmail }): Promise<FormState> => {
      // The photo is worthless to us unconfirmed, so an inbox that has had enough email today
      // gets no new upload either.
      if (!sendEmail) return { status: "error", message: "We’ve sent several emails to this address today already. Please try again tomorrow." };
      const photo = await processPhoto(new Uint8Array(await (file as File).arrayBuffer()));
      if (!photo.ok)
        return { status: "error", message: "Please check the highlighted answers.", fieldErrors: { photoBytes: imageRefusalMessage(photo, "photo") } };
      const result = await submitCoatPhoto(db, storage(), enqueue, input, photo);
      if (!result.ok)
        return {
          status: "error",
          message: "Please check the highlighted answers.",
          fieldErrors: { donationPointId: "That drop-off point has just closed. Choose another, or leave it blank." },
        };
      return { status: "success", outcome: "received", message: RECEIVED };
    },
  );

/**
 * A photo for the coat wall (lib/forms/public-action.ts: honeypot, schema, limits, then the work).
 * The chosen file's size goes into the form as `photoBytes`, written here and never taken from
 * the sender, so a missing or oversized photo is refused beside its field before anything is
 * counted or decoded.
 */
export async function addCoatPhotoAction(previous: FormState, form: FormData): Promise<FormState> {
  const chosen = form.get("photo");
  const file = chosen instanceof File && chosen.size > 0 ? chosen : null;
  form.set("photoBytes", String(file?.size ?? 0));
  const state = await upload(file)(previous, form);
  if (state.status !== "error" || !file) return state;
  return { ...state, fieldErrors: { ...state.fieldErrors, photoBytes: state.fieldErrors?.photoBytes ?? CHOOSE_AGAIN } };
}

/** Where a confirmation or deletion posted without script gets its answer (lib/forms/answer-without-script.ts). */
const confirmAnswerAt = { name: "coat-wall-confirm", page: "/coat-wall/confirm" };
const deleteAnswerAt = { name: "coat-wall-delete", page: "/coat-wall/delete" };
const TRY_LATER = "Sorry, something went wrong on our side. Please try again in a minute.";

/** The uploader's confirmation: a button press, never just opening the link (mail scanners follow links). */
export async function confirmCoatPhotoAction(_previous: FormState<ConfirmPhotoOutcome>, form: FormData): Promise<FormState<ConfirmPhotoOutcome>> {
  let state: FormState<ConfirmPhotoOutcome>;
  try {
    const token = tokenField(form, "token");
    if (token === null) state = { status: "error", message: TOKEN_TOO_LONG };
    else {
      const outcome = await confirmCoatPhoto(db, token);
      state = { status: outcome === "confirmed" ? "success" : "error", outcome };
    }
  } catch (error) {
    console.error("[coat-wall] confirm failed", error);
    state = { status: "error", message: TRY_LATER };
  }
  return answerForm(state, confirmAnswerAt);
}

export type DeleteOutcome = "deleted" | "invalid";

/** The private delete link's button: the photo and its files go at once, and every page showing it is refreshed. */
export async function deleteCoatPhotoAction(_previous: FormState<DeleteOutcome>, form: FormData): Promise<FormState<DeleteOutcome>> {
  let state: FormState<DeleteOutcome>;
  try {
    const token = tokenField(form, "token");
    if (token === null) state = { status: "error", message: TOKEN_TOO_LONG };
    else {
      const result = await deleteCoatPhotoByToken(db, storage(), token);
      if (result.outcome === "deleted") {
        if (result.wasPublic) updateTag(tags.coatWall);
        updateTag(tags.coatPhoto(result.id));
      }
      state = { status: result.outcome === "deleted" ? "success" : "error", outcome: result.outcome };
    }
  } catch (error) {
    console.error("[coat-wall] delete failed", error);
    state = { status: "error", message: TRY_LATER };
  }
  return answerForm(state, deleteAnswerAt);
}

const REPORTED = "Thank you for telling us. Our team will look at this photo again.";
/** One connection's report of one photo counts once a day, however often it is pressed. */
const onePhotoReport = rateLimit("reports of one photo", 1, DAY);

/** "Report this photo" (rate-limited per connection); enough reports take it off the wall until staff look again. */
export const reportPhotoAction = publicAction(
  {
    schema: z.object({ id: z.string().min(1).max(40) }),
    limits: photoReportLimits,
    honeypot: { status: "success", outcome: "reported", message: REPORTED },
    failed: "Sorry, something went wrong on our side and your report wasn’t sent. Please try again in a minute.",
    label: "coat-wall-report",
  },
  async ({ id }, { clientAddress }): Promise<FormState> => {
    // A second report of the same photo from one connection is thanked the same, and not counted.
    if (!(await consumeRateLimit(onePhotoReport, `${clientAddress} ${id}`)).ok) return { status: "success", outcome: "reported", message: REPORTED };
    const outcome = await reportPhoto(db, id);
    if (outcome === "hidden") {
      updateTag(tags.coatWall);
      updateTag(tags.coatPhoto(id));
    }
    return { status: "success", outcome: "reported", message: REPORTED };
  },
);
