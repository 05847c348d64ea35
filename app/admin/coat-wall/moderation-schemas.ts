import { z } from "zod";
import { tooLong } from "@/lib/forms/length-limit";

// The coat wall moderation forms' rules, shared by their actions (actions.ts, a "use server" file,
// which may export only actions) and the forms (moderation-forms.tsx), so a limit is said once.

/** The longest reason for rejecting or removing a photo, kept in the audit log. */
export const TAKE_DOWN_REASON_MAX = 300;

const id = z.string().min(1).max(40);

export const approveSchema = z.object({
  idList: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(id).min(1, "Tick at least one photo to approve").max(100, "Approve at most 100 photos at once")),
});

export const takeDownSchema = z.object({
  id,
  kind: z.enum(["reject", "remove"]),
  reason: z
    .string()
    .trim()
    .min(1, "Say why, for the audit log (for example “someone else’s face is shown”)")
    .max(TAKE_DOWN_REASON_MAX, tooLong("the reason", TAKE_DOWN_REASON_MAX)),
});

export const linkSchema = z.object({
  id,
  deliveryId: z
    .string()
    .max(40)
    .transform((value) => value || null),
});
