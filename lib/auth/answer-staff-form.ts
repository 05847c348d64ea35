import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { firstErrors, type FormState } from "@/lib/forms/form-state";
import type { Staff } from "./current-staff";

/**
 * Every text field of a submitted form, exactly as typed: never trimmed or cut here. Each field's
 * limit is its schema's, and text over it is refused beside the field (lib/forms/length-limit.ts).
 */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/**
 * A staff form once its sender is known to be allowed: validation against the form's schema
 * (a refusal names each field's problem and keeps what was typed, and nothing is written), then
 * the work.
 */
export async function answerStaffForm<S extends z.ZodType>(
  schema: S,
  values: Record<string, string>,
  staff: Staff,
  run: (input: z.infer<S>, staff: Staff) => Promise<FormState>,
): Promise<FormState> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please check the highlighted answers.",
      fieldErrors: firstErrors(z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>),
      values,
    };
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
}
