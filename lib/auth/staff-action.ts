import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { firstErrors, type FormState } from "@/lib/forms/form-state";
import type { StaffRole } from "@/lib/generated/prisma/enums";
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
    const values: Record<string, string> = {};
    for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 5000);
    const staff = await currentStaff();
    if (!staff) return { status: "error", message: "Your session has ended. Please sign in again.", values };
    if (!hasRole(staff.role, needed)) return { status: "error", message: "You don’t have permission to do that.", values };
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      return { status: "error", message: "Please check the highlighted answers.", fieldErrors: firstErrors(z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>), values };
    }
    try {
      const result = await run(parsed.data, staff);
      // An error keeps what was typed, whatever the action returned.
      return result.status === "error" ? { ...result, values: { ...values, ...result.values } } : result;
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() work by throwing: let them through
      console.error("[admin] action failed", error);
      return { status: "error", message: "Sorry, that didn’t work. Please try again.", values };
    }
  };
}
