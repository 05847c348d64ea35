import "server-only";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { answerStaffForm, typedValues } from "./answer-staff-form";
import { currentStaff, type Staff } from "./current-staff";
import { hasRole } from "./staff-access";

/**
 * The one shape of every staff server action: authorisation, then validation, then the work.
 * Neither half can be forgotten, and a signed-out or under-privileged call writes nothing.
 */
export function staffAction<S extends z.ZodType>(
  needed: StaffRole,
  schema: S,
  run: (input: z.infer<S>, staff: Staff) => Promise<FormState>,
): (previous: FormState, form: FormData) => Promise<FormState> {
  return async (_previous, form) => {
    const values = typedValues(form);
    const staff = await currentStaff();
    if (!staff) return { status: "error", message: "Your session has ended. Please sign in again.", values };
    if (!hasRole(staff.role, needed)) return { status: "error", message: "You don’t have permission to do that.", values };
    return answerStaffForm(schema, values, staff, run);
  };
}
