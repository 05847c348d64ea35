import type { Metadata } from "next";
import { NewsIndex } from "@/components/news/news-index";
import { pageMetadata } from "@/lib/site-metadata";

// /news with a category or page in its query string is rewritten (next.config.ts) to
// /news-list/[filter]/[page], so this route only ever shows the first page of everything.
export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "News & stories",
    description: "Reports from our distributions and stories from volunteers in Calais, Dunkirk, Paris and Brussels.",
    path: "/news",
  });
}

export default function NewsPage() {
  return <NewsIndex category={null} page={1} />;
}
