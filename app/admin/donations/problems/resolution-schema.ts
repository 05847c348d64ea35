import { z } from "zod";
import { formatCount } from "@/lib/format/money";

// The resolve-problem form's rule, shared by its action (actions.ts, a "use server" file, which may
// export only actions) and the form (resolve-problem-form.tsx), so the note's limit is said once.

/** The longest note of what was done about a payment problem. */
export const RESOLUTION_NOTE_MAX = 1000;

export const resolutionSchema = z.object({
  id: z.string().min(1).max(100),
  donationId: z.string().max(100).optional(),
  note: z
    .string()
    .trim()
    .max(RESOLUTION_NOTE_MAX, { error: `Keep the note to ${formatCount(RESOLUTION_NOTE_MAX)} characters or fewer` })
    .optional()
    .default(""),
});
