import { z } from "zod";
import { oneLine } from "@/lib/forms/fields";
import { ukPostcodeSchema } from "@/lib/geocode/normalise-uk-postcode";

/** Each line trimmed, blank lines dropped, Windows line endings made plain. */
const lines = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");

/** The page of the form for a point (`id`), or for a new one: where a post without script comes back to. */
export const pointEditorPath = (id: string | undefined) => (id ? `/admin/donation-points/${encodeURIComponent(id)}` : "/admin/donation-points/new");

/** The staff form for adding or editing a drop-off point. Its status has buttons of its own. */
export const pointFormSchema = z.object({
  id: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  version: z.coerce.number().int().min(0).default(0),
  name: oneLine("Keep the name to one line").trim().min(1, "Give the point a name, like St Mary’s Church Hall").max(120, "Keep the name under 120 characters"),
  address: z
    .string()
    .transform(lines)
    .pipe(
      z
        .string()
        .min(1, "Enter the street address and town")
        .max(300, "Keep the address under 300 characters")
        .refine((v) => v.split("\n").length <= 6, "Use at most six lines"),
    ),
  postcode: ukPostcodeSchema,
  openingTimes: z.string().transform(lines).pipe(z.string().min(1, "Say when people can bring a coat").max(500, "Keep the opening times under 500 characters")),
  needs: z.string().transform(lines).pipe(z.string().min(1, "Say what this point needs most just now").max(500, "Keep this under 500 characters")),
});

export type PointForm = z.infer<typeof pointFormSchema>;

/** A status button's form: the status wanted, and the version the page showed. */
export const pointStatusSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
  to: z.enum(["ACCEPTING", "FULL", "CLOSED"]),
});

export type PointStatusChange = z.infer<typeof pointStatusSchema>;
