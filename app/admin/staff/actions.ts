"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { answering } from "@/app/admin/kept-answer-to";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { email } from "@/lib/forms/fields";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { enqueue } from "@/lib/queue/site-queue";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { changeStaffRole, setStaffDisabled } from "@/lib/staff/manage-staff";

const invite = z.object({
  email: email({ missing: "Enter their email address" }),
  role: z.enum([StaffRole.EDITOR, StaffRole.ADMIN], { error: "Choose editor or admin" }),
});

/** Admins invite colleagues: the address may then sign in, with the role given, and is emailed how. */
export const inviteStaffAction = keepingAnswersFor(
  () => "/admin/staff",
  () => db,
  staffAction(StaffRole.ADMIN, invite, async (input, staff) => {
    const invited = await inviteStaff(db, enqueue, staff, input);
    if (!invited.ok)
      return { status: "error", fieldErrors: { email: "That address is already on the staff list" }, values: { email: input.email, role: input.role } };
    revalidatePath("/admin/staff");
    const as = input.role === StaffRole.ADMIN ? "an admin" : "an editor";
    return {
      status: "success",
      message: `Invited ${input.email} as ${as}. We’ve emailed them who invited them and how to sign in (with their address, no password); it should arrive within a few minutes.`,
    };
  }),
);

const member = z.object({ id: z.string().min(1).max(64) });

/**
 * A member of staff's page holds two forms; a post without script gets its answer kept for the
 * page (lib/forms/kept-answers.ts), bearing the name of the form that posted.
 */
const keptForMember = (action: Parameters<typeof answering>[0]) =>
  keepingAnswersFor(
    (form) => `/admin/staff/${encodeURIComponent(String(form.get("id") ?? ""))}`,
    () => db,
    answering(action),
  );

/** Makes a member of staff an admin or an editor. */
export const changeRoleAction = keptForMember(
  staffAction(
    StaffRole.ADMIN,
    member.extend({ role: z.enum([StaffRole.EDITOR, StaffRole.ADMIN], { error: "Choose editor or admin" }) }),
    async (input, staff) => {
      const result = await changeStaffRole(db, staff, input.id, input.role);
      if (!result.ok) return { status: "error", message: result.message };
      revalidatePath("/admin/staff");
      return { status: "success", message: result.message };
    },
  ),
);

/**
 * Disables a member of staff, or enables them again. Disabling asks first: the first press
 * answers with a question, and only a second press with `confirm=yes` does it (with or without
 * JavaScript).
 */
export const setDisabledAction = keptForMember(
  staffAction(
    StaffRole.ADMIN,
    member.extend({ disabled: z.enum(["yes", "no"]), confirm: z.literal("yes").optional().catch(undefined) }),
    async (input, staff) => {
      const disabling = input.disabled === "yes";
      if (disabling && input.confirm !== "yes") return { status: "idle", outcome: "confirm" };
      const result = await setStaffDisabled(db, staff, input.id, disabling);
      if (!result.ok) return { status: "error", message: result.message };
      revalidatePath("/admin/staff");
      return { status: "success", message: result.message };
    },
  ),
);
