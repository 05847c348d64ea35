"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/auth/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";

const invite = z.object({
  email: z
    .string()
    .trim()
    .max(254, "That address is too long")
    .regex(/^[^\r\n]*$/, "Enter one email address")
    .pipe(z.email("Enter an email address in the form name@example.org"))
    .transform((v) => v.toLowerCase()),
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
  if (!created) return { status: "error", fieldErrors: { email: "That address is already on the staff list" }, values: { email: input.email, role: input.role } };
  revalidatePath("/admin/staff");
  return { status: "success", message: `Invited ${input.email}. They can sign in at /admin/sign-in with that address.` };
});
