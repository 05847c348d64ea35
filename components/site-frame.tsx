import { NewsletterBox } from "@/components/newsletter-box";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCampaign } from "@/lib/campaign/cached";

/**
 * The public site around a page: the header, the page as `main` (the skip link's target), and
 * the footer with its newsletter signup. The `(site)` group's layout draws it, and so does
 * /shared's, which sits outside the group (app/shared/layout.tsx says why).
 */
export async function SiteFrame({ children }: { children: React.ReactNode }) {
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
