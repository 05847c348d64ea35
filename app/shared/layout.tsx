import { NewsletterBox } from "@/components/newsletter-box";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCampaign } from "@/lib/campaign/cached";

// The site's header and footer, as in app/(site)/layout.tsx. /shared sits outside that route
// group so its card keeps the plain address /shared/<token>/opengraph-image (Next adds a hash to
// the card addresses of pages inside a group), which the thank-you page shows as a preview.
export default async function SharedLayout({ children }: { children: React.ReactNode }) {
  const campaign = await getCampaign();
  const charityName = campaign?.charityName ?? "Winter appeal";
  return (
    <>
      <SiteHeader charityName={charityName} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter charityName={charityName} charityNumber={campaign?.charityNumber ?? ""} newsletter={<NewsletterBox tone="dark" source="footer" />} />
    </>
  );
}
