import { SitePage, sitePageMetadata } from "@/components/site-page";

export const generateMetadata = () => sitePageMetadata("about");

export default function AboutPage() {
  return <SitePage slug="about" />;
}
