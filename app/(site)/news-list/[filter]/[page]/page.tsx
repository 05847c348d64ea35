import type { Metadata } from "next";
import { NewsIndex, newsHref, parseListParams } from "@/components/news/news-index";
import { NotFoundPage } from "@/components/not-found-page";
import { categories, categoryBySlug } from "@/lib/posts/categories";
import { pageMetadata } from "@/lib/site-metadata";

// Reached through the /news rewrite (next.config.ts): /news?category=news&page=2 is served here
// as /news-list/news/2, so each list page is prerendered and cached.
type Props = { params: Promise<{ filter: string; page: string }> };

export function generateStaticParams() {
  return [{ filter: "all", page: "1" }, ...categories.map((c) => ({ filter: c.slug, page: "1" }))];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { filter, page } = await params;
  const parsed = parseListParams(filter, page);
  if (!parsed) return {};
  const label = parsed.category ? (categoryBySlug(parsed.category)?.label ?? "News") : "News & stories";
  return pageMetadata({
    title: parsed.page > 1 ? `${label}, page ${parsed.page}` : label,
    description: "Reports from our distributions and stories from volunteers in Calais, Dunkirk, Paris and Brussels.",
    path: newsHref(parsed.category, parsed.page),
  });
}

export default async function NewsListPage({ params }: Props) {
  const { filter, page } = await params;
  const parsed = parseListParams(filter, page);
  if (!parsed) return <NotFoundPage />;
  return <NewsIndex category={parsed.category} page={parsed.page} />;
}
