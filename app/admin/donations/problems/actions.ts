"use server";

import { revalidatePath } from "next/cache";
import { problemAnswerPage } from "@/app/admin/donations/problems/problem-answers";
import { answering } from "@/app/admin/kept-answer-to";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { resolveProblem } from "@/lib/donations/admin/payment-problems";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { resolutionSchema } from "@/app/admin/donations/problems/resolution-schema";

/**
 * Admins mark a payment problem resolved once they have looked into it; audit-logged. A post
 * without script gets its answer kept for the page the form was on (lib/forms/kept-answers.ts).
 */
export const resolveProblemAction = keepingAnswersFor(
  problemAnswerPage,
  () => db,
  answering(
    staffAction(StaffRole.ADMIN, resolutionSchema, async (input, staff) => {
      const result = await resolveProblem(db, input, staff.id);
      revalidatePath("/admin/donations/problems");
      revalidatePath("/admin/donations");
      if (input.donationId) revalidatePath(`/admin/donations/${input.donationId}`);
      if (!result.ok) {
        return {
          status: "error",
          message: result.reason === "not-found" ? "This problem no longer exists." : "A colleague already marked this problem resolved.",
        };
      }
      return { status: "success", message: "Marked resolved." };
    }),
  ),
);
