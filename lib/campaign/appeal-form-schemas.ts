import { z } from "zod";
import { hasControlCharacter, oneLine } from "@/lib/forms/fields";
import { FigureQualifier } from "@/lib/generated/prisma/enums";
import { placeholderProblem, refusePlaceholdersUnknown } from "@/lib/markdown/placeholders";
import { figureField, orderedRows, readFigureRows } from "./figure-rows";
import { parsePounds, parseWholeNumber } from "./pounds";
import { WAYS_TO_HELP, wayField } from "./way-fields";
import { youtubeEmbedUrl } from "./youtube-url";
import { formatCount } from "@/lib/format/money";

// The forms of the appeal editor (/admin/appeal/…), one per section, so each save is small.
// Every form carries `version`: the campaign's updatedAt when the page was opened. A save made
// from an older version than the one stored writes nothing (lib/campaign/save-appeal-section.ts).

/** A home-page section's prose, in characters: refused beside its field (never cut) beyond. */
const PROSE_MAX = 4000;

const version = z.iso.datetime({ error: "This form is out of date. Reload the page and make your change again." }).transform((v) => new Date(v));

function line(what: string, max: number) {
  return oneLine(`Keep the ${what} to one line`)
    .trim()
    .min(1, `Write the ${what}`)
    .max(max, `Keep the ${what} under ${max} characters`)
    .superRefine(refusePlaceholdersUnknown);
}

function prose(what: string, max = PROSE_MAX) {
  return z
    .string()
    .trim()
    .min(1, `Write the ${what}`)
    .max(max, `Keep the ${what} under ${formatCount(max)} characters`)
    .superRefine(refusePlaceholdersUnknown);
}

/** A suggested share message fits a post on any network. */
export const SHARE_MESSAGE_MAX = 280;

export const copyFormSchema = z.object({
  version,
  headline: line("headline", 120),
  strapline: line("strapline", 300),
  hashtag: z
    .string()
    .trim()
    .transform((v) => v.replace(/^#/, ""))
    .pipe(
      z
        .string()
        .min(1, "Write the hashtag")
        .max(50, "Keep the hashtag under 50 characters")
        .regex(/^[A-Za-z0-9_]+$/, "Use letters, numbers and underscores only, like Coat4Calais"),
    ),
  situation: prose("situation"),
  whyHereTitle: line("heading", 100),
  whyHere: prose("text"),
  whatWeDoTitle: line("heading", 100),
  whatWeDo: prose("text"),
  appealTitle: line("heading", 100),
  appeal: prose("appeal"),
  beyondGoal: line("paragraph", 600),
  photoInvitation: line("invitation", 400),
  shareMessage: line("share message", SHARE_MESSAGE_MAX),
});
export type CopyForm = z.infer<typeof copyFormSchema>;
/** The copy form's page, where a post without script gets its kept answer (lib/forms/kept-answers.ts). */
export const COPY_PAGE = "/admin/appeal/copy";
/** The other sections' pages, where a post without script comes back with its kept answer. */
export const APPEAL_PAGES = {
  goal: "/admin/appeal/goal",
  figures: "/admin/appeal/figures",
  ways: "/admin/appeal/ways",
  video: "/admin/appeal/video",
  inKind: "/admin/appeal/in-kind",
} as const;
export const copyFields = [
  "headline",
  "strapline",
  "hashtag",
  "situation",
  "whyHereTitle",
  "whyHere",
  "whatWeDoTitle",
  "whatWeDo",
  "appealTitle",
  "appeal",
  "beyondGoal",
  "photoInvitation",
  "shareMessage",
] as const;

export const PRICE_MIN_PENCE = 100;
export const PRICE_MAX_PENCE = 50_000;
export const GOAL_MAX = 1_000_000;

function price(what: string) {
  return z.string().transform((text, ctx) => {
    const pence = parsePounds(text);
    if (pence === null) {
      ctx.addIssue({ code: "custom", message: `Enter the ${what} in pounds, like 25 or 12.50` });
      return z.NEVER;
    }
    if (pence < PRICE_MIN_PENCE || pence > PRICE_MAX_PENCE) {
      ctx.addIssue({ code: "custom", message: `The ${what} must be between £1 and £500` });
      return z.NEVER;
    }
    return pence;
  });
}

export const goalFormSchema = z.object({
  version,
  goalCoats: z.string().transform((text, ctx) => {
    const n = parseWholeNumber(text);
    if (n === null || n < 1 || n > GOAL_MAX) {
      ctx.addIssue({ code: "custom", message: "Enter the goal as a whole number of coats, from 1 to 1,000,000" });
      return z.NEVER;
    }
    return n;
  }),
  coatPricePence: price("price of a coat"),
  packPricePence: price("price of a clothing pack"),
});
export type GoalForm = z.infer<typeof goalFormSchema>;

export const videoFormSchema = z.object({
  version,
  videoTitle: line("video’s title", 120),
  videoUrl: z
    .string()
    .trim()
    .max(500, "That link is too long: copy it again from YouTube")
    .transform((text, ctx) => {
      if (!text) return null;
      const embed = youtubeEmbedUrl(text);
      if (!embed) {
        ctx.addIssue({
          code: "custom",
          message: "Paste a YouTube link starting with https://, like https://www.youtube.com/watch?v=… (the home page’s player shows YouTube videos only)",
        });
        return z.NEVER;
      }
      return embed;
    }),
});
export type VideoForm = z.infer<typeof videoFormSchema>;

/** A site address ("/donate?gift=coat") or an https link elsewhere. */
function linkTarget(text: string): boolean {
  if (/^\/(?!\/)[^\s\\]*$/.test(text)) return true;
  try {
    const url = new URL(text);
    return url.protocol === "https:" && !/\s/.test(text);
  } catch {
    return false;
  }
}

const wayShape = Object.fromEntries(
  Array.from({ length: WAYS_TO_HELP }, (_, i) => [
    [wayField(i, "title"), line("title", 80)],
    [wayField(i, "body"), line("description", 400)],
    [wayField(i, "ctaLabel"), line("button’s words", 40)],
    [
      wayField(i, "ctaHref"),
      z
        .string()
        .trim()
        .min(1, "Write where the button leads")
        .max(300, "Keep the address under 300 characters")
        .refine(linkTarget, "Use a page of this site, like /donate?gift=coat, or a link starting with https://"),
    ],
  ]).flat(),
) as Record<string, z.ZodType<string>>;

export const waysFormSchema = z
  .object({ version, ...wayShape })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    for (let i = 0; i < WAYS_TO_HELP; i++) {
      const title = String((v as Record<string, unknown>)[wayField(i, "title")] ?? "").toLowerCase();
      if (title && seen.has(title)) ctx.addIssue({ code: "custom", path: [wayField(i, "title")], message: "Give each way to help its own title" });
      seen.add(title);
    }
  })
  .transform((v) => {
    const values = v as unknown as Record<string, string>;
    return {
      version: v.version,
      ways: Array.from({ length: WAYS_TO_HELP }, (_, i) => ({
        title: values[wayField(i, "title")] ?? "",
        body: values[wayField(i, "body")] ?? "",
        ctaLabel: values[wayField(i, "ctaLabel")] ?? "",
        ctaHref: values[wayField(i, "ctaHref")] ?? "",
      })),
    };
  });
export type WaysForm = z.infer<typeof waysFormSchema>;

export type FigureInput = { place: string; count: number; qualifier: FigureQualifier; note: string };

const qualifiers = new Set<string>(Object.values(FigureQualifier));

/**
 * The figures form. Each row carries its position and a "remove" box, applied on save, so
 * adding, removing and reordering all work as one plain form post. An empty row is skipped; at
 * least one figure must remain. Errors are keyed by the field as shown.
 */
export const figuresFormSchema = z.record(z.string(), z.string()).transform((values, ctx) => {
  const rows = readFigureRows(values);
  const parsedVersion = version.safeParse(values.version ?? "");
  if (!parsedVersion.success) ctx.addIssue({ code: "custom", path: ["version"], message: parsedVersion.error.issues[0]?.message ?? "Reload the page" });

  const kept = orderedRows(rows);
  const figures: (FigureInput & { key: string })[] = [];
  const places = new Set<string>();
  for (const { row, shownAt } of kept) {
    const problems: [Parameters<typeof figureField>[1], string][] = [];
    const place = row.place.trim();
    const note = row.note.trim();
    const count = parseWholeNumber(row.count);
    if (!place) problems.push(["place", "Write the place, like Calais and Dunkirk"]);
    else if (place.length > 60 || hasControlCharacter(place)) problems.push(["place", "Keep the place to one line of 60 characters or fewer"]);
    else if (places.has(place.toLowerCase())) problems.push(["place", `Another figure is already for ${place}: combine them or name the places differently`]);
    if (count === null || count < 1 || count > 10_000_000) problems.push(["count", "Enter the number of people as a whole number, like 1,000"]);
    if (!qualifiers.has(row.qualifier)) problems.push(["qualifier", "Choose around, over or exactly"]);
    if (!note) problems.push(["note", "Write a line about where people are sleeping"]);
    else if (note.length > 200 || hasControlCharacter(note)) problems.push(["note", "Keep the note to one line of 200 characters or fewer"]);
    else {
      const problem = placeholderProblem(note);
      if (problem) problems.push(["note", problem]);
    }
    if (place) places.add(place.toLowerCase());
    for (const [part, message] of problems) ctx.addIssue({ code: "custom", path: [figureField(shownAt, part)], message });
    if (!problems.length && count !== null) figures.push({ key: row.key, place, count, qualifier: row.qualifier as FigureQualifier, note });
  }
  if (!kept.length)
    ctx.addIssue({ code: "custom", path: [figureField(0, "place")], message: "Keep at least one figure: the home page’s situation section shows them" });
  return { version: parsedVersion.data ?? new Date(0), figures };
});
export type FiguresForm = z.infer<typeof figuresFormSchema>;
