import { z } from "zod";
import { oneLine } from "@/lib/forms/fields";
import { plainLineEndings, tooLong } from "@/lib/forms/length-limit";
import { PostCategory } from "@/lib/generated/prisma/enums";
import { refusePlaceholdersUnknown } from "@/lib/markdown/placeholders";


/** The longest post, in characters: room for a long report, refused (never cut) beyond. */
export const POST_BODY_MAX = 100_000;

/** The post editor's form. `intent` is the button pressed. */
export const postFormSchema = z
  .object({
    id: z.string().max(64).optional().transform((v) => v || undefined),
    version: z.coerce.number().int().min(0).default(0),
    title: oneLine("Keep the title to one line").trim().min(1, "Give the post a title").max(200, tooLong("the title", 200)).superRefine(refusePlaceholdersUnknown),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(80, tooLong("the address", 80))
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lower-case letters, numbers and single hyphens, like winter-update"),
    category: z.enum([PostCategory.NEWS, PostCategory.VOLUNTEER_STORY], { error: "Choose news or volunteer story" }),
    excerpt: oneLine("Keep the summary to one paragraph").trim().min(1, "Write a one- or two-sentence summary").max(300, tooLong("the summary", 300)).superRefine(refusePlaceholdersUnknown),
    body: z.string().transform(plainLineEndings).pipe(z.string().trim().min(1, "Write the post").max(POST_BODY_MAX, tooLong("the post", POST_BODY_MAX)).superRefine(refusePlaceholdersUnknown)),
    authorName: oneLine("Keep the author's name to one line").trim().max(80, tooLong("the author's name", 80)).optional().transform((v) => v || null),
    /** The cover image's text alternative; required whenever the post has a cover (checked on save). */
    coverAlt: oneLine("Keep the description to one line").trim().max(250, tooLong("the description", 250)).superRefine(refusePlaceholdersUnknown).optional().transform((v) => v || null),
    /** The "remove this image" checkbox; a newly chosen image wins over it. */
    removeCover: z.string().optional().transform((v) => v === "yes"),
    intent: z.enum(["draft", "publish", "schedule", "unpublish"]).default("draft"),
    publishAt: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.intent === "schedule") {
      const when = v.publishAt ? new Date(v.publishAt) : null;
      if (!when || Number.isNaN(when.getTime())) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Choose when to publish" });
      else if (when.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Choose a time in the future, or publish now" });
    }
  });

export type PostForm = z.infer<typeof postFormSchema>;
