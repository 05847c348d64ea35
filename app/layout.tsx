import type { Metadata, Viewport } from "next";
import { DemoBanner } from "@/components/demo-banner";
import { fraunces, inter } from "./fonts";
import { getCampaign } from "@/lib/campaign/cached";
import { env } from "@/lib/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const campaign = await getCampaign();
  const name = campaign?.charityName ?? "Winter appeal";
  const description = campaign?.strapline ?? "A warm coat for every person sleeping rough this winter.";
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: campaign ? `${campaign.headline} | ${name}` : name, template: `%s | ${name}` },
    description,
    applicationName: name,
    openGraph: { siteName: name, locale: "en_GB", type: "website", title: campaign?.headline ?? name, description },
    twitter: { card: "summary_large_image", title: campaign?.headline ?? name, description },
    alternates: { types: { "application/rss+xml": [{ url: "/news/feed.xml", title: `${name}: news and stories` }] } },
  };
}

export const viewport: Viewport = { themeColor: "#15202e", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB" className={`${inter.variable} ${fraunces.variable}`}>
      <body className="flex min-h-dvh flex-col">
        {/* Read when the page is rendered: at build time for cached pages, so build with DEMO_MODE too. */}
        <DemoBanner demo={env.DEMO_MODE} />
        {children}
      </body>
    </html>
  );
}
