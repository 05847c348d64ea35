import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCampaign } from "@/lib/campaign/cached";

export const metadata: Metadata = { title: "Page not found" };

// For addresses no route matches; pages that call notFound() use app/(site)/not-found.tsx,
// which sits inside the site's header and footer already.
export default async function NotFound() {
  const campaign = await getCampaign();
  const name = campaign?.charityName ?? "Winter appeal";
  return (
    <>
      <SiteHeader charityName={name} />
      <main id="main" className="flex-1">
        <NotFoundMessage />
      </main>
      <SiteFooter charityName={name} charityNumber={campaign?.charityNumber ?? ""} />
    </>
  );
}
