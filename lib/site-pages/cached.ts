import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { findPriceFacts } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { fillPlaceholders } from "@/lib/markdown/placeholders";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { findSitePage } from "./queries";

export async function getSitePage(slug: string) {
  "use cache";
  // The page may state the prices and goal through placeholders: a new price refreshes it too.
  cacheTag(tags.page(slug), tags.campaign);
  cacheLife("days");
  const [page, facts] = await Promise.all([findSitePage(db, slug), findPriceFacts(db)]);
  if (!page) return null;
  if (!facts) return { ...page, html: renderMarkdown(page.body) };
  const text = (s: string) => fillPlaceholders(s, facts);
  const body = fillPlaceholders(page.body, facts, "markdown");
  return { ...page, title: text(page.title), description: text(page.description), body, html: renderMarkdown(body) };
}
