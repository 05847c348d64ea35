"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { resolveProblem } from "@/lib/donations/admin/payment-problems";
import { StaffRole } from "@/lib/generated/prisma/enums";

const resolution = z.object({
  id: z.string().min(1).max(100),
  donationId: z.string().max(100).optional(),
  note: z.string().trim().max(1000, { error: "Keep the note to 1,000 characters or fewer" }).optional().default(""),
});

/** Admins mark a payment problem resolved once they have looked into it; audit-logged. */
export const resolveProblemAction = staffAction(StaffRole.ADMIN, resolution, async (input, staff) => {
  const result = await resolveProblem(db, input, staff.id);
  revalidatePath("/admin/donations/problems");
  revalidatePath("/admin/donations");
  if (input.donationId) revalidatePath(`/admin/donations/${input.donationId}`);
  if (!result.ok) {
    return { status: "error", message: result.reason === "not-found" ? "This problem no longer exists." : "A colleague already marked this problem resolved." };
  }
  return { status: "success", message: "Marked resolved." };
});
