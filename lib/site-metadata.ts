import "server-only";
import type { Metadata } from "next";
import { getCampaign } from "@/lib/campaign/cached";
import { env } from "@/lib/env";

/** OpenGraph and Twitter metadata for one page, on top of the site-wide defaults. */
export async function pageMetadata(page: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  publishedTime?: Date;
}): Promise<Metadata> {
  const campaign = await getCampaign();
  const siteName = campaign?.charityName ?? "Winter appeal";
  // A page's own openGraph replaces the parent's wholesale, so name the default card again
  // (app/opengraph-image.tsx).
  const image = { url: "/opengraph-image", width: 1200, height: 630, alt: campaign?.headline ?? siteName };
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.path },
    openGraph: {
      title: page.title,
      description: page.description,
      url: page.path,
      siteName,
      locale: "en_GB",
      type: page.type ?? "website",
      images: [image],
      ...(page.publishedTime ? { publishedTime: page.publishedTime.toISOString() } : {}),
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images: [image] },
  };
}

export function siteUrl(path = "/"): string {
  return new URL(path, env.SITE_URL).toString();
}
