import { SitePage, sitePageMetadata } from "@/components/site-page";

export const generateMetadata = () => sitePageMetadata("privacy");

export default function PrivacyPage() {
  return <SitePage slug="privacy" />;
}
