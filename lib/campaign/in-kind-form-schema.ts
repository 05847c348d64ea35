import { z } from "zod";
import { isoDate } from "@/lib/format/date";
import { parseWholeNumber } from "./pounds";
import { formatCount } from "@/lib/format/money";

export const IN_KIND_MAX_COATS = 10_000;

/** A delivery of coats handed in, as staff record it. Dates are London days ("2025-12-03"). */
export const inKindFormSchema = z.object({
  coats: z.string().transform((text, ctx) => {
    const n = parseWholeNumber(text);
    if (n === null || n < 1 || n > IN_KIND_MAX_COATS) {
      ctx.addIssue({ code: "custom", message: `Enter how many coats arrived, as a whole number from 1 to ${formatCount(IN_KIND_MAX_COATS)}` });
      return z.NEVER;
    }
    return n;
  }),
  receivedOn: z
    .string()
    .trim()
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      "Enter the date the coats arrived, like 3 December 2025",
    )
    .refine((v) => v >= "2000-01-01", "Check the year: that date is too long ago")
    .refine((v) => v <= isoDate(new Date()), "The date can’t be in the future"),
  donationPointId: z
    .string()
    .max(64)
    .transform((v) => v || null),
  note: z.string().trim().max(500, "Keep the note under 500 characters"),
});

export type InKindForm = z.infer<typeof inKindFormSchema>;
