import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { findSitePage } from "./queries";

export async function getSitePage(slug: string) {
  "use cache";
  cacheTag(tags.page(slug));
  cacheLife("days");
  const page = await findSitePage(db, slug);
  return page ? { ...page, html: renderMarkdown(page.body) } : null;
}
