import type { Db } from "@/lib/db";
import { defaultSitePages } from "./default-pages";
import { editablePage } from "./editable-pages";

/** The titles of site pages by slug, as saved, else as the code knows them: for the audit log's links. */
export async function sitePageTitles(db: Db, slugs: string[]): Promise<{ slug: string; title: string }[]> {
  const saved = await db.sitePage.findMany({ where: { slug: { in: slugs } }, select: { slug: true, title: true } });
  const known = slugs
    .filter((slug) => !saved.some((s) => s.slug === slug))
    .map((slug) => ({ slug, title: (Object.hasOwn(defaultSitePages, slug) ? defaultSitePages[slug]?.title : undefined) ?? editablePage(slug)?.name }))
    .filter((p): p is { slug: string; title: string } => typeof p.title === "string");
  return [...saved, ...known];
}
