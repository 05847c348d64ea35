"use server";

import { revalidatePath, updateTag } from "next/cache";
import { answering } from "@/app/admin/kept-answer-to";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { tags } from "@/lib/cache/tags";
import { approvePhotos, linkPhotoToDelivery, takeDownPhoto } from "@/lib/coat-wall/moderate-photo";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { enqueue } from "@/lib/queue/site-queue";
import { storage } from "@/lib/storage";
import { approveSchema, linkSchema, takeDownSchema } from "@/app/admin/coat-wall/moderation-schemas";

/** Every page a decision changes: the wall, the photo's own page and card, and this queue. */
function refresh(ids: readonly string[]) {
  updateTag(tags.coatWall);
  for (const photoId of ids) updateTag(tags.coatPhoto(photoId));
  revalidatePath("/admin/coat-wall");
}

/**
 * A moderation form, its answer to a post without script kept for the moderation page
 * (lib/forms/kept-answers.ts) and bearing the name of the form that posted.
 */
const kept = (action: Parameters<typeof answering>[0]) =>
  keepingAnswersFor(
    () => "/admin/coat-wall",
    () => db,
    answering(action),
  );

const approve = staffAction(StaffRole.EDITOR, approveSchema, async ({ idList }, staff) => {
  const approved = await approvePhotos(db, enqueue, idList, staff.id);
  refresh(approved);
  const missed = idList.length - approved.length;
  if (!approved.length) return { status: "error", message: "Nothing was approved: a colleague may have decided on these photos already." };
  return {
    status: "success",
    message: `${approved.length === 1 ? "1 photo is" : `${approved.length} photos are`} on the wall, and the ${approved.length === 1 ? "uploader is" : "uploaders are"} being emailed.${missed ? ` ${missed} had already been decided by a colleague.` : ""}`,
  };
});

/** Approves one photo (its own button) or every ticked one (the bulk button): the ids arrive as a list. */
export const approvePhotosAction = kept(async (previous: FormState, form: FormData): Promise<FormState> => {
  form.set(
    "idList",
    form
      .getAll("ids")
      .filter((v): v is string => typeof v === "string")
      .join(","),
  );
  form.delete("ids");
  return approve(previous, form);
});

/** Rejects a photo in the queue or removes one from the wall: its files are deleted at once, the reason audit-logged. */
export const takeDownPhotoAction = kept(
  staffAction(StaffRole.EDITOR, takeDownSchema, async (input, staff) => {
    let result;
    try {
      result = await takeDownPhoto(db, storage(), input, staff.id);
    } catch (error) {
      console.error("[coat-wall] could not delete a photo's files", input.id, error);
      return { status: "error", message: "We couldn’t delete the photo’s files just now, so nothing changed. Please try again in a minute." };
    }
    refresh([input.id]);
    if (!result.ok) return { status: "error", message: "A colleague has already dealt with this photo." };
    return { status: "success", message: input.kind === "reject" ? "Rejected: the photo and its words are deleted." : "Removed from the wall and deleted." };
  }),
);

const linkMessages = {
  "not-found": "This photo is no longer on the wall.",
  "no-point": "This photo names no drop-off point, so there is nothing to link it to.",
  "other-point": "That delivery was received at another drop-off point. Choose one from this photo’s point.",
} as const;

/** Links a photo to coats received at its drop-off point: shown on its page, never added to any total. */
export const linkPhotoAction = kept(
  staffAction(StaffRole.EDITOR, linkSchema, async (input, staff) => {
    const result = await linkPhotoToDelivery(db, input, staff.id);
    if (!result.ok) return { status: "error", message: linkMessages[result.reason] };
    refresh([input.id]);
    return { status: "success", message: input.deliveryId ? "Linked. The coat totals are unchanged." : "Unlinked." };
  }),
);
