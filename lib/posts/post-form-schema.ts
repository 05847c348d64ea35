import { z } from "zod";
import { oneLine } from "@/lib/forms/fields";
import { plainLineEndings, tooLong } from "@/lib/forms/length-limit";
import { PostCategory } from "@/lib/generated/prisma/enums";
import { refusePlaceholdersUnknown } from "@/lib/markdown/placeholders";
import { parseLondonInput } from "@/lib/format/london-time";

/** The longest post, in characters: room for a long report, refused (never cut) beyond. */
export const POST_BODY_MAX = 100_000;

/** The post editor's form. `intent` is the button pressed. */
export const postFormSchema = z
  .object({
    id: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || undefined),
    version: z.coerce.number().int().min(0).default(0),
    title: oneLine("Keep the title to one line")
      .trim()
      .min(1, "Give the post a title")
      .max(200, tooLong("the title", 200))
      .superRefine(refusePlaceholdersUnknown),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(80, tooLong("the address", 80))
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lower-case letters, numbers and single hyphens, like winter-update"),
    category: z.enum([PostCategory.NEWS, PostCategory.VOLUNTEER_STORY], { error: "Choose news or volunteer story" }),
    excerpt: oneLine("Keep the summary to one paragraph")
      .trim()
      .min(1, "Write a one- or two-sentence summary")
      .max(300, tooLong("the summary", 300))
      .superRefine(refusePlaceholdersUnknown),
    body: z
      .string()
      .transform(plainLineEndings)
      .pipe(z.string().trim().min(1, "Write the post").max(POST_BODY_MAX, tooLong("the post", POST_BODY_MAX)).superRefine(refusePlaceholdersUnknown)),
    authorName: oneLine("Keep the author's name to one line")
      .trim()
      .max(80, tooLong("the author's name", 80))
      .optional()
      .transform((v) => v || null),
    /** The cover image's text alternative; required whenever the post has a cover (checked on save). */
    coverAlt: oneLine("Keep the description to one line")
      .trim()
      .max(250, tooLong("the description", 250))
      .superRefine(refusePlaceholdersUnknown)
      .optional()
      .transform((v) => v || null),
    /** The "remove this image" checkbox; a newly chosen image wins over it. */
    removeCover: z
      .string()
      .optional()
      .transform((v) => v === "yes"),
    intent: z.enum(["draft", "publish", "schedule", "unpublish"]).default("draft"),
    /** When to publish, as the editor's datetime-local input sends it: London time, no zone. */
    publishAt: z.string().max(40).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.intent !== "schedule") return;
    const when = scheduledInstant(v.publishAt);
    if (!when.ok) ctx.addIssue({ code: "custom", path: ["publishAt"], message: when.message });
  })
  // Runs only once every field passed: the UTC instant to publish at, null unless scheduling.
  .transform((v) => {
    const when = v.intent === "schedule" ? scheduledInstant(v.publishAt) : null;
    return { ...v, publishAt: when?.ok ? when.date : null };
  });

/** The editor's "Publish at (London time)", as a UTC instant in the future, or what to say instead. */
function scheduledInstant(value: string | undefined): { ok: true; date: Date } | { ok: false; message: string } {
  const when = parseLondonInput(value ?? "");
  if (!when.ok) {
    return {
      ok: false,
      message:
        when.reason === "skipped"
          ? `There is no ${when.wall} in London: the clocks go forward from 01:00 to 02:00 that night. Choose another time, such as 02:00.`
          : "Choose the date and the London time to publish",
    };
  }
  if (when.date.getTime() <= Date.now()) return { ok: false, message: "Choose a time in the future, or publish now" };
  return { ok: true, date: when.date };
}

export type PostForm = z.infer<typeof postFormSchema>;
