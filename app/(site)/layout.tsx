import { NewsletterBox } from "@/components/newsletter-box";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCampaign } from "@/lib/campaign/cached";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
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
