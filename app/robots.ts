import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    // /share/…: the share links, which only send a visitor on to a social network.
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/share/"] }],
    sitemap: `${env.SITE_URL}/sitemap.xml`,
    host: env.SITE_URL,
  };
}
