import type { Db } from "@/lib/db";
import { defaultSitePages } from "./default-pages";
import type { EditablePage } from "./editable-pages";

/**
 * A page as its editor opens it, read fresh (never cached): the text as saved, with its version
 * and who saved it when; or, for a page never saved, the code's own text (version 0), or nothing.
 */
export async function findPageForEditing(db: Db, page: EditablePage) {
  const saved = await db.sitePage.findUnique({
    where: { slug: page.slug },
    select: { title: true, description: true, body: true, version: true, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
  if (saved) return { ...saved, saved: true as const };
  const fallback = Object.hasOwn(defaultSitePages, page.slug) ? defaultSitePages[page.slug] : undefined;
  return {
    title: fallback?.title ?? page.name,
    description: fallback?.description ?? "",
    body: fallback?.body ?? "",
    version: 0,
    updatedAt: null,
    updatedBy: null,
    saved: false as const,
  };
}
