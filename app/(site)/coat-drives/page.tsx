import type { Metadata } from "next";
import { DriveIndex } from "@/components/coat-drives/drive-index";
import { pageMetadata } from "@/lib/site-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Coat drives",
    description: "Schools, workplaces, faith groups and neighbours running their own coat drives for the winter appeal.",
    path: "/coat-drives",
  });
}

export default function CoatDrivesPage() {
  return <DriveIndex sort="coats" />;
}
