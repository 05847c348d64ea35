import { z } from "zod";
import { oneLine } from "@/lib/forms/fields";
import { plainLineEndings, tooLong } from "@/lib/forms/length-limit";
import { refusePlaceholdersUnknown } from "@/lib/markdown/placeholders";

/** A page's limits, in characters: refused beside the field (never cut) beyond. */
export const PAGE_TITLE_MAX = 120;
export const PAGE_DESCRIPTION_MAX = 300;
export const PAGE_BODY_MAX = 50_000;

/** The page editor's form. `version` is the version opened (0 for a page never saved). */
export const pageFormSchema = z.object({
  slug: z.string().max(40),
  version: z.coerce.number().int().min(0).catch(-1),
  title: oneLine("Keep the title to one line")
    .trim()
    .min(1, "Give the page a title")
    .max(PAGE_TITLE_MAX, tooLong("the title", PAGE_TITLE_MAX))
    .superRefine(refusePlaceholdersUnknown),
  description: oneLine("Keep the summary to one paragraph, with no line breaks")
    .trim()
    .min(1, "Write a one- or two-sentence summary: it shows under the title and in search results")
    .max(PAGE_DESCRIPTION_MAX, tooLong("the summary", PAGE_DESCRIPTION_MAX))
    .superRefine(refusePlaceholdersUnknown),
  body: z
    .string()
    .transform(plainLineEndings)
    .pipe(z.string().trim().min(1, "Write the page").max(PAGE_BODY_MAX, tooLong("the page", PAGE_BODY_MAX)).superRefine(refusePlaceholdersUnknown)),
});

export type PageForm = z.infer<typeof pageFormSchema>;
