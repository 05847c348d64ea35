"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { answering } from "@/app/admin/kept-answer-to";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { tags } from "@/lib/cache/tags";
import { editDriveSchema } from "@/lib/coat-drives/drive-schema";
import { statusLabel } from "@/lib/coat-drives/options";
import { decideReport, driveMoves, moveDrive, saveDrive, type DriveMove } from "@/lib/coat-drives/staff-changes";
import { db } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/forms/fields";
import { isoDate } from "@/lib/format/date";
import { StaffRole } from "@/lib/generated/prisma/enums";

const GONE = "This coat drive no longer exists.";

/** Every public view of the drive refreshes on every server (the tags are shared through PostgreSQL). */
function refresh(id: string, slug: string) {
  updateTag(tags.coatDrives);
  updateTag(tags.coatDrive(slug));
  revalidatePath("/admin/coat-drives");
  revalidatePath(`/admin/coat-drives/${id}`);
}

/**
 * A drive page's form, its answer to a post without script kept for the drive's page
 * (lib/forms/kept-answers.ts) and bearing the name of the form that posted.
 */
function keptForDrive(action: Parameters<typeof answering>[0]) {
  return keepingAnswersFor(
    (form) => `/admin/coat-drives/${encodeURIComponent(String(form.get("id") ?? ""))}`,
    () => db,
    answering(action),
  );
}

const moveSchema = z.object({
  id: z.string().min(1).max(100),
  move: z.enum(Object.keys(driveMoves) as [DriveMove, ...DriveMove[]]),
});

/** Approve, pause, resume, close or reopen a drive (admins: drives hold organisers' addresses and money). */
export const moveDriveAction = keptForDrive(
  staffAction(StaffRole.ADMIN, moveSchema, async (input, staff) => {
    const result = await moveDrive(db, input, staff.id);
    if (!result.ok) {
      if (result.reason === "not-found") return { status: "error", message: GONE };
      return {
        status: "error",
        message: `That can’t be done to a drive that is ${statusLabel(result.current!).toLowerCase()}. Reload the page to see where it stands.`,
      };
    }
    refresh(input.id, result.slug);
    return { status: "success", message: driveMoves[input.move].done };
  }),
);

/** Staff edit a drive's words, goal and end date (the address stays, so shared links keep working). */
export const saveDriveAction = keptForDrive(
  staffAction(StaffRole.ADMIN, z.record(z.string(), z.string()), async (values, staff) => {
    const id = values.id ?? "";
    const parsed = editDriveSchema(isoDate(new Date())).safeParse(values);
    if (!parsed.success) return { status: "error", message: "Please check the highlighted answers.", fieldErrors: fieldErrorsOf(parsed.error) };
    const result = await saveDrive(db, { id, fields: parsed.data }, staff.id);
    if (!result.ok)
      return {
        status: "error",
        message:
          result.reason === "stale"
            ? "Someone changed this drive since you opened it (perhaps its organiser). Reload the page to see their changes, then save again."
            : GONE,
      };
    refresh(id, result.slug);
    return { status: "success", message: "Saved. Visitors see the change now.", values: { ...values, version: String(parsed.data.version + 1) } };
  }),
);

const decisionSchema = z.object({
  id: z.string().min(1).max(100),
  reportId: z.string().min(1).max(100),
  decision: z.enum(["confirm", "reject"]),
});

/** Confirm (counted toward the drive's goal) or reject coats an organiser reported. */
export const decideReportAction = keptForDrive(
  staffAction(StaffRole.ADMIN, decisionSchema, async (input, staff) => {
    const result = await decideReport(db, input, staff.id);
    if (!result.ok)
      return {
        status: "error",
        message: result.reason === "decided" ? "Someone already decided this report. Reload the page." : "This report no longer exists.",
      };
    refresh(input.id, result.slug);
    return {
      status: "success",
      message: input.decision === "confirm" ? `Confirmed: ${result.coats} coats now count toward the drive’s goal.` : "Rejected: those coats don’t count.",
    };
  }),
);
