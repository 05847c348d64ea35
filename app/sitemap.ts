import type { MetadataRoute } from "next";
import { getSitemapDrives } from "@/lib/coat-drives/cached";
import { env } from "@/lib/env";
import { getPostSlugs } from "@/lib/posts/cached";
import { categories } from "@/lib/posts/categories";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => `${env.SITE_URL}${path}`;
  const [posts, drives] = await Promise.all([getPostSlugs(), getSitemapDrives()]);
  return [
    { url: url("/"), changeFrequency: "daily", priority: 1 },
    { url: url("/news"), changeFrequency: "daily", priority: 0.8 },
    ...categories.map((c) => ({ url: url(`/news?category=${c.slug}`), changeFrequency: "daily" as const, priority: 0.6 })),
    { url: url("/volunteer"), changeFrequency: "weekly", priority: 0.7 },
    { url: url("/donation-points"), changeFrequency: "weekly", priority: 0.7 },
    { url: url("/coat-wall"), changeFrequency: "daily", priority: 0.6 },
    { url: url("/coat-drives"), changeFrequency: "daily", priority: 0.6 },
    { url: url("/about"), changeFrequency: "monthly", priority: 0.5 },
    { url: url("/privacy"), changeFrequency: "yearly", priority: 0.2 },
    { url: url("/accessibility"), changeFrequency: "yearly", priority: 0.2 },
    ...posts.map((p) => ({ url: url(`/news/${p.slug}`), lastModified: p.updatedAt, changeFrequency: "monthly" as const, priority: 0.7 })),
    ...drives.map((d) => ({ url: url(`/coat-drives/${d.slug}`), lastModified: d.updatedAt, changeFrequency: "daily" as const, priority: 0.5 })),
  ];
}
