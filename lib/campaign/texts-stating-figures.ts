import type { Db } from "@/lib/db";
import { formatCount, formatPence } from "@/lib/format/money";
import type { PriceFacts } from "@/lib/markdown/placeholders";
import { appealCopySelect, figuresSelect, waysToHelpSelect } from "./campaign-select";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The figures that moved, as text would have stated them: "£25", "3,000". */
export function figuresThatMoved(before: PriceFacts, after: PriceFacts): string[] {
  const moved: string[] = [];
  if (before.coatPricePence !== after.coatPricePence) moved.push(formatPence(before.coatPricePence));
  if (before.packPricePence !== after.packPricePence) moved.push(formatPence(before.packPricePence));
  if (before.goalCoats !== after.goalCoats) moved.push(formatCount(before.goalCoats));
  return moved;
}

/** Whether `text` states one of `figures` as a whole figure ("£25" but not "£250"; "3,000" but not "33,000"). */
export function statesFigure(text: string, figures: string[]): boolean {
  if (figures.length === 0) return false;
  return new RegExp(`(?<![\\d,.])(?:${figures.map(escape).join("|")})(?![\\d]|[.,]\\d)`).test(text);
}

/**
 * Staff text the public sees that still states one of `figures` in its own words rather than
 * through a placeholder, named as staff know it: so that after a price change the admin is told
 * which sentences did not follow, instead of being told that all of them did.
 */
export async function textsStatingFigures(db: Db, figures: string[]): Promise<string[]> {
  if (figures.length === 0) return [];
  const campaign = await db.campaign.findFirst({
    orderBy: { createdAt: "desc" },
    select: { ...appealCopySelect, figures: figuresSelect, waysToHelp: waysToHelpSelect },
  });
  const found: string[] = [];
  if (campaign) {
    const { figures: notes, waysToHelp, ...copy } = campaign;
    if (Object.values(copy).some((t) => statesFigure(t, figures))) found.push("the appeal’s words");
    if (waysToHelp.some((w) => statesFigure(`${w.title}\n${w.body}\n${w.ctaLabel}`, figures))) found.push("the ways to help");
    if (notes.some((f) => statesFigure(f.note, figures))) found.push("the situation figures");
  }
  const posts = await db.post.findMany({ select: { title: true, excerpt: true, body: true, coverAlt: true }, orderBy: { createdAt: "asc" } });
  for (const p of posts) if (statesFigure(`${p.title}\n${p.excerpt}\n${p.body}\n${p.coverAlt ?? ""}`, figures)) found.push(`the post “${p.title}”`);
  const pages = await db.sitePage.findMany({ select: { title: true, description: true, body: true }, orderBy: { slug: "asc" } });
  for (const p of pages) if (statesFigure(`${p.title}\n${p.description}\n${p.body}`, figures)) found.push(`the page “${p.title}”`);
  return found;
}
