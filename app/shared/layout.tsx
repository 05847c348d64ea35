import { SiteFrame } from "@/components/site-frame";

// The site's header and footer, as in app/(site)/layout.tsx. /shared sits outside that route
// group so its card keeps the plain address /shared/<token>/opengraph-image (Next adds a hash to
// the card addresses of pages inside a group), which the thank-you page shows as a preview.
export default function SharedLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
