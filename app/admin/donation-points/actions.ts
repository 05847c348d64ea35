"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { answering } from "@/app/admin/kept-answer-to";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changeDonationPointStatus } from "@/lib/donation-points/change-point-status";
import { pointEditorPath, pointFormSchema, pointStatusSchema } from "@/lib/donation-points/point-form-schema";
import { saveDonationPoint, UNLOCATED_MESSAGE } from "@/lib/donation-points/save-point";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { lookupPostcode } from "@/lib/geocode/lookup-postcode";

const CONFLICT = "Someone else changed this point since you opened it. Copy your changes, reload the page to see theirs, and try again.";
const GONE = "This drop-off point no longer exists.";

function refresh() {
  // The public page reads the points through a cache tagged with this: it changes at once.
  updateTag(tags.donationPoints);
  revalidatePath("/admin/donation-points");
}

/**
 * Editors and admins add and edit drop-off points. A post without script gets its answer kept for
 * the editor's page (lib/forms/kept-answers.ts): a refusal comes back with everything typed.
 */
export const savePointAction = keepingAnswersFor(
  (form) => pointEditorPath(String(form.get("id") ?? "")),
  () => db,
  staffAction(StaffRole.EDITOR, pointFormSchema, async (form, staff) => {
    const result = await saveDonationPoint(db, form, staff.id, (postcode) => lookupPostcode(postcode));
    if (!result.ok) {
      if (result.reason === "unknown-postcode") {
        return {
          status: "error",
          message: "Please check the highlighted answers.",
          fieldErrors: { postcode: "We can’t find that postcode. Check it against the venue’s letters or website." },
        };
      }
      return { status: "error", message: result.reason === "conflict" ? CONFLICT : GONE };
    }
    refresh();
    if (!form.id) redirect(`/admin/donation-points/${result.id}?saved=added`);
    return {
      status: "success",
      outcome: result.located ? "saved" : "saved-unlocated",
      message: result.located ? "Saved. Visitors see the change now." : `Saved, but ${UNLOCATED_MESSAGE}`,
      values: {
        version: String(result.version),
        name: form.name,
        address: form.address,
        postcode: form.postcode,
        openingTimes: form.openingTimes,
        needs: form.needs,
      },
    };
  }),
);

const statusMessages = {
  ACCEPTING: "Marked as accepting coats.",
  FULL: "Marked as full for now. It stays on the public list with a “Full for now” badge.",
  CLOSED: "Closed.",
} as const;

/**
 * Mark full or accepting, close (after the confirmation page) or reopen. A post without script
 * gets its answer kept for the page it came from: the point's, or its confirmation page's.
 */
export const changePointStatusAction = keepingAnswersFor(
  (form) => `${pointEditorPath(String(form.get("id") ?? ""))}${form.get("to") === "CLOSED" ? "/close" : ""}`,
  () => db,
  answering(
    staffAction(StaffRole.EDITOR, pointStatusSchema, async (change, staff) => {
      const result = await changeDonationPointStatus(db, change, staff.id);
      if (!result.ok) return { status: "error", message: result.reason === "conflict" ? CONFLICT : GONE };
      refresh();
      if (change.to === "CLOSED") redirect(`/admin/donation-points?closed=${encodeURIComponent(change.id)}`);
      const message = result.from === "CLOSED" ? "Reopened: it is back on the public list, accepting coats." : statusMessages[change.to];
      return { status: "success", message, values: { version: String(result.version) } };
    }),
  ),
);
