import type { Db } from "@/lib/db";
import { defaultSitePages } from "./default-pages";

/** A site page as staff last saved it, or the code's own version of one not yet saved (lib/site-pages/default-pages.ts). */
export async function findSitePage(db: Db, slug: string) {
  const saved = await db.sitePage.findUnique({ where: { slug }, select: { slug: true, title: true, description: true, body: true, updatedAt: true } });
  if (saved) return saved;
  const fallback = Object.hasOwn(defaultSitePages, slug) ? defaultSitePages[slug] : undefined;
  return fallback ? { ...fallback, updatedAt: null } : null;
}
