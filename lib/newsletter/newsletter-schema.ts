import { z } from "zod";
import { oneLine } from "@/lib/forms/fields";
import { plainLineEndings, tooLong } from "@/lib/forms/length-limit";
import { refusePlaceholdersUnknown } from "@/lib/markdown/placeholders";

// An update's subject and body: checked on the server before any test or send, and in the compose
// form as the staff member types, to clear an error once it is put right.

/** The longest update, in characters: refused (never cut) beyond. */
export const NEWSLETTER_BODY_MAX = 100_000;
export const NEWSLETTER_SUBJECT_MAX = 200;

export const newsletterSchema = z.object({
  subject: oneLine("The subject must be one line")
    .trim()
    .min(1, "Give the update a subject")
    .max(NEWSLETTER_SUBJECT_MAX, tooLong("the subject", NEWSLETTER_SUBJECT_MAX))
    .superRefine(refusePlaceholdersUnknown),
  body: z
    .string()
    .transform(plainLineEndings)
    .pipe(
      z.string().trim().min(1, "Write the update").max(NEWSLETTER_BODY_MAX, tooLong("the update", NEWSLETTER_BODY_MAX)).superRefine(refusePlaceholdersUnknown),
    ),
});
