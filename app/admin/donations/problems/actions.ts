"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { resolveProblem } from "@/lib/donations/admin/payment-problems";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { resolutionSchema } from "@/app/admin/donations/problems/resolution-schema";

/** Admins mark a payment problem resolved once they have looked into it; audit-logged. */
export const resolveProblemAction = staffAction(StaffRole.ADMIN, resolutionSchema, async (input, staff) => {
  const result = await resolveProblem(db, input, staff.id);
  revalidatePath("/admin/donations/problems");
  revalidatePath("/admin/donations");
  if (input.donationId) revalidatePath(`/admin/donations/${input.donationId}`);
  if (!result.ok) {
    return { status: "error", message: result.reason === "not-found" ? "This problem no longer exists." : "A colleague already marked this problem resolved." };
  }
  return { status: "success", message: "Marked resolved." };
});
