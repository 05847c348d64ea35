import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundPage } from "@/components/not-found-page";
import { ProgressMeter } from "@/components/progress-meter";
import { getCampaign, getProgress } from "@/lib/campaign/cached";
import { formatPence } from "@/lib/format/money";
import { claimSentence } from "@/lib/share/donor-claim";
import { readDonorToken } from "@/lib/share/donor-token";

// What a donor shared from the thank-you page: "I bought 2 coats…", signed by the server. Any
// token the server did not sign, or one changed by a single character, is a 404.

type Props = { params: Promise<{ token: string }> };

export async function generateStaticParams() {
  // Cache Components needs one to check the route; it is not a valid token, so it is a 404.
  return [{ token: "example" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const claim = readDonorToken(token);
  if (!claim) return { title: "Page not found" };
  const campaign = await getCampaign();
  const title = claimSentence(claim);
  const description = campaign
    ? `${formatPence(campaign.coatPricePence)} buys a warm coat for someone sleeping rough in northern France, Paris or Brussels. Join in with #${campaign.hashtag}.`
    : "A warm coat for someone sleeping rough this winter.";
  return {
    title,
    description,
    // A personal card: worth sharing, not worth a search listing.
    robots: { index: false, follow: true },
    openGraph: { title, description, url: `/shared/${token}`, type: "website", locale: "en_GB", siteName: campaign?.charityName },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function SharedGiftPage({ params }: Props) {
  const { token } = await params;
  const claim = readDonorToken(token);
  if (!claim) return <NotFoundPage />;
  const [campaign, progress] = await Promise.all([getCampaign(), getProgress()]);
  const coatPrice = campaign ? formatPence(campaign.coatPricePence) : null;

  return (
    <div className="container-page grid gap-10 py-16 lg:grid-cols-[3fr_2fr] lg:items-start">
      <div>
        <p className="eyebrow">{campaign ? `#${campaign.hashtag}` : "Winter appeal"}</p>
        <h1 className="mt-3 text-4xl font-semibold sm:text-5xl">{claimSentence(claim)}</h1>
        <p className="mt-5 max-w-prose text-lg text-ink-soft">
          Our volunteers hand each coat to someone sleeping outside in northern France, Paris or Brussels, where the nights are getting colder.{" "}
          {claim.firstName ? `Will you join ${claim.firstName}?` : "Will you add one more?"}
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/donate?gift=coat" className="btn-primary">
            {coatPrice ? `Buy a coat for ${coatPrice}` : "Buy a coat"}
          </Link>
          <Link href="/donation-points" className="btn-secondary">
            Give a coat you no longer wear
          </Link>
        </div>
        <p className="mt-8">
          <Link href="/" className="font-semibold text-ember">
            Read about the appeal →
          </Link>
        </p>
      </div>
      {progress ? <ProgressMeter progress={progress} /> : null}
    </div>
  );
}
