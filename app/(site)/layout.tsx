import { NewsletterBox } from "@/components/newsletter-box";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCampaign } from "@/lib/campaign/cached";
// The error boundaries, imported for their code only: a client module a layout imports ships in
// the layout's chunk, which every public page loads anyway, where on their own each was a script
// of its own on every page, about 1.2 KB apiece with its headers (docs/performance.md, "The
// scripts"). Staff pages, outside this layout, still load app/global-error.tsx on its own.
import "./error";
import "../global-error";

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
