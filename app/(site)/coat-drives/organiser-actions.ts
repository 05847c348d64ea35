"use server";

import { updateTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { editDriveLimits, reportCoatsLimits } from "@/lib/coat-drives/drive-limits";
import { editDriveSchema, reportCoatsSchema } from "@/lib/coat-drives/drive-schema";
import { chosenPhoto, readDrivePhoto, withPhotoToChooseAgain } from "@/lib/coat-drives/drive-photo";
import { findDriveByEditToken, reportCoats, stopDriveEmails } from "@/lib/coat-drives/organiser";
import { saveDrive } from "@/lib/coat-drives/staff-changes";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/format/date";
import { answerForm } from "@/lib/forms/answer-without-script";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction } from "@/lib/forms/public-action";
import { TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { releasePageImageAfterCommit } from "@/lib/images/page-image-store";
import { storage } from "@/lib/storage";

// The organiser's own actions: the token their link carries authorises each one, checked beside
// the data; each is limited per connection too.

const LINK_GONE = "This private link no longer works. Ask for a new one at /coat-drives/edit, and we’ll email it to you.";

/** Where a post without script gets its answer: back on the organiser's own page, at the form's heading. */
const answerAt = (name: string, token: string, heading: string) => ({ name, page: `/coat-drives/edit/${token}`, hash: `#${heading}` });

/** A token longer than any we send is refused as it is, on the page that asks for a new link. */
const tooLong = (): Promise<FormState> =>
  answerForm({ status: "error", message: TOKEN_TOO_LONG }, { name: "coat-drive-new-link", page: "/coat-drives/edit", hash: "#new-link" });

/** The organiser edits their drive's words, goal, end date and photo. */
export async function editOwnDriveAction(previous: FormState, form: FormData): Promise<FormState> {
  const token = tokenField(form, "token");
  if (token === null) return tooLong();
  const photo = chosenPhoto(form);
  const edit = publicAction(
    {
      schema: () => editDriveSchema(isoDate(new Date())),
      limits: editDriveLimits,
      invalid: "Please check the highlighted answers.",
      failed: "Sorry, something went wrong on our side and your changes were not saved. Please try again in a minute.",
      unkept: ["token"],
      label: "coat-drive-edit",
    },
    async (fields): Promise<FormState> => {
      const drive = await findDriveByEditToken(db, token);
      if (!drive) return { status: "error", message: LINK_GONE };
      const read = await readDrivePhoto(photo, fields.photoAlt);
      if (!read.ok) return { status: "error", message: "Please check the highlighted answers.", fieldErrors: read.fieldErrors };
      const files = storage();
      const saved = await saveDrive(db, { id: drive.id, fields, ...(read.image ? { photo: { image: read.image, storage: files } } : {}) }, undefined);
      if (!saved.ok)
        return {
          status: "error",
          message:
            saved.reason === "stale"
              ? "Your drive changed since you opened this page (perhaps our team edited it). Reload the page and make your changes again."
              : LINK_GONE,
        };
      updateTag(tags.coatDrives);
      updateTag(tags.coatDrive(saved.slug));
      // The old photo goes only now the drive no longer shows it.
      await releasePageImageAfterCommit(db, files, saved.releasedPhoto, "a replaced coat drive photo");
      // The form shows what was saved (tidied), with the version it saved.
      const savedValues = {
        name: fields.name,
        kind: fields.kind,
        goal: String(fields.goal),
        story: fields.story,
        endsOn: fields.endsOn ?? "",
        photoAlt: fields.photoAlt,
        version: String(fields.version + 1),
      };
      return { status: "success", outcome: "saved", message: "Saved. Visitors see your changes now.", values: savedValues };
    },
  );
  return answerForm(withPhotoToChooseAgain(await edit(previous, form), photo), answerAt("coat-drive-edit", token, "edit-heading"));
}

/** The organiser tells us how many coats they collected; staff confirm before they count. */
export async function reportOwnCoatsAction(previous: FormState, form: FormData): Promise<FormState> {
  const token = tokenField(form, "token");
  if (token === null) return tooLong();
  return publicAction(
    {
      schema: reportCoatsSchema,
      limits: reportCoatsLimits,
      invalid: "Please check the highlighted answers.",
      failed: "Sorry, something went wrong on our side and your report was not saved. Please try again in a minute.",
      answerAt: answerAt("coat-drive-report", token, "report-heading"),
      unkept: ["token"],
      label: "coat-drive-report",
    },
    async (input): Promise<FormState> => {
      const drive = await findDriveByEditToken(db, token);
      if (!drive) return { status: "error", message: LINK_GONE };
      const outcome = await reportCoats(db, drive.id, input);
      if (outcome === "closed") return { status: "error", message: "This drive can’t take reports just now. Reply to any of our emails and we’ll help." };
      return { status: "success", outcome: "reported", message: `Thank you: we’ll count your ${input.coats} coats once they reach us.` };
    },
  )(previous, form);
}

export type StopEmailsOutcome = "stopped";

export async function stopDriveEmailsAction(_previous: FormState<StopEmailsOutcome>, form: FormData): Promise<FormState<StopEmailsOutcome>> {
  let state: FormState<StopEmailsOutcome>;
  try {
    const driveId = tokenField(form, "d");
    const token = tokenField(form, "t");
    const stopped = driveId !== null && token !== null && (await stopDriveEmails(db, driveId, token));
    state = stopped
      ? { status: "success", outcome: "stopped" }
      : { status: "error", message: driveId === null || token === null ? TOKEN_TOO_LONG : "This link can’t be used. It may have been copied incompletely." };
  } catch (error) {
    console.error("[coat-drives] stop emails failed", error);
    state = { status: "error", message: "Sorry, something went wrong on our side. Please try again in a minute." };
  }
  return answerForm(state, { name: "coat-drive-stop-emails", page: "/coat-drives/stop-emails" });
}
