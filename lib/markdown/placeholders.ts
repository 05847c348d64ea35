import { formatCount, formatPence } from "@/lib/format/money";
import { renderMarkdown, type MarkdownOptions } from "./render-markdown";

// Staff-written text (the appeal, ways to help, posts, site pages, newsletters) states the prices
// and the goal through placeholders, filled in from the campaign whenever the text is shown, so a
// price changed in one place (/admin/appeal/goal) is the price every sentence states.
//
// "{coat price}" becomes "£25", "{pack price}" "£13" and "{goal}" "3,000": values made here from
// integers, so they carry no markup; and Markdown is filled before it is parsed and sanitised, so
// the sanitiser sees the finished text. A placeholder the site does not know is refused when the
// text is saved (placeholderProblem) and, in text saved before, left visible as typed rather than
// dropped. "\{goal}" shows the braces as they are.

/** The figures placeholders state: the active campaign's, as stored. */
export type PriceFacts = { coatPricePence: number; packPricePence: number; goalCoats: number };

export const PLACEHOLDERS = [
  { name: "coat price", says: "the price of a coat", value: (f: PriceFacts) => formatPence(f.coatPricePence) },
  { name: "pack price", says: "the price of a clothing pack", value: (f: PriceFacts) => formatPence(f.packPricePence) },
  { name: "goal", says: "the goal, in coats", value: (f: PriceFacts) => formatCount(f.goalCoats) },
] as const;

// Anything in braces that reads like words is meant as a placeholder; code and JSON ("{"a": 1}")
// are not words, and are left alone.
const candidate = /(\\?)\{ *([A-Za-z][A-Za-z -]{0,38})\}/g;

const normalise = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();
const known = new Map<string, (f: PriceFacts) => string>(PLACEHOLDERS.map((p) => [p.name, p.value]));

/**
 * `text` with every known placeholder replaced by the campaign's figure. In Markdown an escaped
 * "\{…}" keeps its backslash (Markdown removes it); in plain text the backslash is removed here.
 */
export function fillPlaceholders(text: string, facts: PriceFacts, format: "markdown" | "text" = "text"): string {
  return text.replace(candidate, (whole, escape: string, name: string) => {
    if (escape) return format === "markdown" ? whole : whole.slice(1);
    const value = known.get(normalise(name));
    return value ? value(facts) : whole;
  });
}

/** Staff Markdown, its placeholders filled, as sanitised HTML. */
export function renderMarkdownWithFigures(markdown: string, facts: PriceFacts, options: MarkdownOptions = {}): string {
  return renderMarkdown(fillPlaceholders(markdown, facts, "markdown"), options);
}

/** The placeholders in `text` the site cannot fill, as typed, each once. */
export function unknownPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(candidate)) {
    if (!m[1] && !known.has(normalise(m[2] ?? ""))) found.add(m[0]);
  }
  return [...found];
}

/** How the known placeholders are written, for messages and the editors: "{coat price}, {pack price} or {goal}". */
export const placeholderList = PLACEHOLDERS.map((p) => `{${p.name}}`)
  .join(", ")
  .replace(/, ([^,]*)$/, " or $1");

/** A message for staff when `text` holds a placeholder the site cannot fill; null when it holds none. */
export function placeholderProblem(text: string): string | null {
  const unknown = unknownPlaceholders(text);
  if (unknown.length === 0) return null;
  const named = unknown.map((u) => `“${u}”`).join(", ");
  return `${named} ${unknown.length === 1 ? "is not a figure" : "are not figures"} the site can fill in. Use ${placeholderList}, or write a backslash before the brace (\\{) to show braces as they are.`;
}

/** For a zod schema's superRefine: refuses text with a placeholder the site cannot fill, saying which. */
export function refusePlaceholdersUnknown(text: string | null | undefined, ctx: { addIssue(issue: { code: "custom"; message: string }): void }): void {
  const problem = text ? placeholderProblem(text) : null;
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}
