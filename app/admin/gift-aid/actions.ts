"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { createGiftAidClaim } from "@/lib/donations/admin/admin-donations";
import { formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";

/**
 * Marks every claimable donation as claimed in a new batch: asks for confirmation first. A post
 * without script gets its answer kept for the Gift Aid page (lib/forms/kept-answers.ts).
 */
export const createClaimAction = keepingAnswersFor(
  () => "/admin/gift-aid",
  () => db,
  staffAction(
    StaffRole.ADMIN,
    z.object({ confirm: z.literal("on", { error: "Tick the box to confirm you are ready to claim these donations" }) }),
    async (_input, staff) => {
      const claim = await createGiftAidClaim(db, staff.id);
      revalidatePath("/admin/gift-aid");
      if (!claim) return { status: "error", message: "There is nothing to claim just now." };
      return {
        status: "success",
        message: `Claim created: ${claim.donationCount} donations, ${formatPence(claim.totalPence)}. Download it below and submit it to HMRC.`,
      };
    },
  ),
);
