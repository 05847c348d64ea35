import type { Metadata } from "next";
import { NotFoundPage } from "@/components/not-found-page";
import { parseWallParams, wallHref, WallIndex } from "@/components/coat-wall/wall-index";
import { appealHashtag, wallDescription } from "@/lib/coat-wall/wall-words";
import { pageMetadata } from "@/lib/site-metadata";

// Reached through the /coat-wall rewrite (next.config.ts): /coat-wall?point=x&page=2 is served
// here as /coat-wall-list/x/2, so each page of the wall is prerendered or cached, never rendered
// per request.
type Props = { params: Promise<{ point: string; page: string }> };

export function generateStaticParams() {
  return [{ point: "all", page: "1" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { point, page } = await params;
  const parsed = parseWallParams(point, page);
  if (!parsed) return {};
  return pageMetadata({
    title: parsed.page > 1 ? `The coat wall, page ${parsed.page}` : "The coat wall",
    description: wallDescription(await appealHashtag()),
    path: wallHref(parsed.pointId, parsed.page),
  });
}

export default async function CoatWallListPage({ params }: Props) {
  const { point, page } = await params;
  const parsed = parseWallParams(point, page);
  if (!parsed) return <NotFoundPage />;
  return <WallIndex pointId={parsed.pointId} page={parsed.page} />;
}
