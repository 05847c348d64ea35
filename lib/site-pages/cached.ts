import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { findPriceFacts } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { pageAsShown } from "./page-as-shown";
import { findSitePage } from "./queries";

export async function getSitePage(slug: string) {
  "use cache";
  // The page may state the prices and goal through placeholders: a new price refreshes it too.
  cacheTag(tags.page(slug), tags.campaign);
  cacheLife("days");
  const [page, facts] = await Promise.all([findSitePage(db, slug), findPriceFacts(db)]);
  return page ? pageAsShown(page, facts) : null;
}
