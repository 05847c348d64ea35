import type { Metadata } from "next";
import { DriveIndex } from "@/components/coat-drives/drive-index";
import { NotFoundPage } from "@/components/not-found-page";
import { pageMetadata } from "@/lib/site-metadata";

// Reached through the /coat-drives rewrite (next.config.ts): /coat-drives?sort=newest is served
// here as /coat-drives-list/newest, so each order is prerendered and cached.
type Props = { params: Promise<{ sort: string }> };

export function generateStaticParams() {
  return [{ sort: "coats" }, { sort: "newest" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sort } = await params;
  return pageMetadata({
    title: sort === "newest" ? "Coat drives, newest first" : "Coat drives",
    description: "Schools, workplaces, faith groups and neighbours running their own coat drives for the winter appeal.",
    path: sort === "newest" ? "/coat-drives?sort=newest" : "/coat-drives",
  });
}

export default async function CoatDrivesListPage({ params }: Props) {
  const { sort } = await params;
  if (sort !== "coats" && sort !== "newest") return <NotFoundPage />;
  return <DriveIndex sort={sort} />;
}
