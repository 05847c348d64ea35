"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/auth/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { email } from "@/lib/forms/fields";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { changeStaffRole, setStaffDisabled } from "@/lib/staff/manage-staff";

const invite = z.object({
  email: email({ missing: "Enter their email address" }),
  role: z.enum([StaffRole.EDITOR, StaffRole.ADMIN], { error: "Choose editor or admin" }),
});

/** Admins invite colleagues: the address may then sign in, with the role given. */
export const inviteStaffAction = staffAction(StaffRole.ADMIN, invite, async (input, staff) => {
  const created = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return false;
    await tx.user.create({ data: { email: input.email, role: input.role, invitedById: staff.id } });
    await recordAudit(tx, { actorId: staff.id, action: "staff.invite", subject: input.email, details: { role: input.role } });
    return true;
  });
  if (!created)
    return { status: "error", fieldErrors: { email: "That address is already on the staff list" }, values: { email: input.email, role: input.role } };
  revalidatePath("/admin/staff");
  return { status: "success", message: `Invited ${input.email}. They can sign in at /admin/sign-in with that address.` };
});

const member = z.object({ id: z.string().min(1).max(64) });

/** Makes a member of staff an admin or an editor. */
export const changeRoleAction = staffAction(
  StaffRole.ADMIN,
  member.extend({ role: z.enum([StaffRole.EDITOR, StaffRole.ADMIN], { error: "Choose editor or admin" }) }),
  async (input, staff) => {
    const result = await changeStaffRole(db, staff, input.id, input.role);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath("/admin/staff");
    return { status: "success", message: result.message };
  },
);

/**
 * Disables a member of staff, or enables them again. Disabling asks first: the first press
 * answers with a question, and only a second press with `confirm=yes` does it (with or without
 * JavaScript).
 */
export const setDisabledAction = staffAction(
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
);
