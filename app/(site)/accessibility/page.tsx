import { SitePage, sitePageMetadata } from "@/components/site-page";

export const generateMetadata = () => sitePageMetadata("accessibility");

export default function AccessibilityPage() {
  return <SitePage slug="accessibility" />;
}
