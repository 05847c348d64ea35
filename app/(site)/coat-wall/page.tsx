import type { Metadata } from "next";
import { WallIndex } from "@/components/coat-wall/wall-index";
import { pageMetadata } from "@/lib/site-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "The coat wall",
    description: "Supporters of the #Coat4Calais appeal holding up the coats they’re giving. Add yours.",
    path: "/coat-wall",
  });
}

export default function CoatWallPage() {
  return <WallIndex pointId={null} page={1} />;
}
