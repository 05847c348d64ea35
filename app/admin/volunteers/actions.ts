"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { StaffRole, VolunteerStatus } from "@/lib/generated/prisma/enums";
import { changeVolunteerStatus } from "@/lib/volunteers/change-status";
import { statusLabel } from "@/lib/volunteers/options";

const statusChange = z.object({
  id: z.string().min(1).max(100),
  status: z.enum(VolunteerStatus, { error: "Choose a status" }),
  seen: z.enum(VolunteerStatus),
});

/**
 * Admins move an application between statuses, in any direction; each move is audit-logged. A
 * post without script gets its answer kept for the application's page (lib/forms/kept-answers.ts).
 */
export const changeVolunteerStatusAction = keepingAnswersFor(
  (form) => `/admin/volunteers/${encodeURIComponent(String(form.get("id") ?? ""))}`,
  () => db,
  staffAction(StaffRole.ADMIN, statusChange, async (input, staff) => {
    const result = await changeVolunteerStatus(db, input, staff.id);
    if (!result.ok && result.reason === "not-found") return { status: "error", message: "This application no longer exists." };
    // Both a change and a colleague's change show on the page at once.
    revalidatePath(`/admin/volunteers/${input.id}`);
    revalidatePath("/admin/volunteers");
    if (!result.ok) {
      return {
        status: "error",
        message: `A colleague changed this application to ${statusLabel(result.current)} while you had it open. Check it still needs changing, and save again.`,
        values: { status: result.current },
      };
    }
    return {
      status: "success",
      message: result.changed
        ? `Status changed from ${statusLabel(result.from)} to ${statusLabel(result.to)}.`
        : `It was already ${statusLabel(result.to)}: nothing changed.`,
    };
  }),
);
