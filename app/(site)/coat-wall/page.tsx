import type { Metadata } from "next";
import { WallIndex } from "@/components/coat-wall/wall-index";
import { appealHashtag, wallDescription } from "@/lib/coat-wall/wall-words";
import { pageMetadata } from "@/lib/site-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "The coat wall",
    description: wallDescription(await appealHashtag()),
    path: "/coat-wall",
  });
}

export default function CoatWallPage() {
  return <WallIndex pointId={null} page={1} />;
}
