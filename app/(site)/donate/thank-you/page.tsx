import type { Metadata } from "next";
import Link from "next/link";
import { DonorShare } from "@/components/share/donor-share";
import { ShareLinks } from "@/components/share/share-links";
import { getCampaign } from "@/lib/campaign/cached";
import { db } from "@/lib/db";
import { describeGift } from "@/lib/donations/describe-gift";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { claimForDonation, claimSentence, firstNameFrom } from "@/lib/share/donor-claim";
import { signDonorClaim } from "@/lib/share/donor-token";
import { siteUrl } from "@/lib/site-metadata";


// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ThankYouPage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
        <ThankYou searchParams={searchParams} />
    </div>
  );
}

/** Reads the donation from the database by its session: nothing in the address is trusted. */
async function ThankYou({ searchParams }: Props) {
  const { session_id: sessionId, name } = await searchParams;
  const [donation, campaign] = await Promise.all([
    typeof sessionId === "string" && sessionId.length < 200
      ? db.donation.findUnique({
          where: { stripeSessionId: sessionId },
          select: { kind: true, quantity: true, amountPence: true, status: true, frequency: true, donorName: true, giftAidDeclaration: { select: { firstName: true } } },
        })
      : null,
    getCampaign(),
  ]);
  const share = campaign ? <ShareLinks url={siteUrl("/")} message={campaign.shareMessage} hashtag={campaign.hashtag} /> : null;

  // A paid gift may be shared as a signed card (/shared/<token>); the name only when asked for.
  let donorShare: React.ReactNode = null;
  if (campaign && donation?.status === DonationStatus.PAID && typeof sessionId === "string") {
    const firstName = firstNameFrom(donation.giftAidDeclaration?.firstName, donation.donorName);
    const showingName = firstName !== null && name === "show";
    const claim = showingName && firstName ? { ...claimForDonation(donation), firstName } : claimForDonation(donation);
    const cardPath = `/shared/${signDonorClaim(claim)}`;
    donorShare = (
      <DonorShare
        sessionId={sessionId}
        cardPath={cardPath}
        cardUrl={siteUrl(cardPath)}
        sentence={claimSentence(claim)}
        firstName={firstName}
        showingName={showingName}
        message={campaign.shareMessage}
        hashtag={campaign.hashtag}
      />
    );
  }

  let heading = "Thank you";
  let body = "Thank you for supporting the winter appeal. Your receipt will arrive by email.";
  if (donation?.status === DonationStatus.PAID) {
    heading = "Thank you for your gift";
    body = `Your gift of ${describeGift(donation).replace(/^A gift of /, "")}${donation.frequency === "MONTHLY" ? " a month" : ""} will help keep someone warm this winter. Your receipt is on its way by email.`;
  } else if (donation?.status === DonationStatus.PENDING) {
    heading = "Your payment is being processed";
    body = "Some payment methods take a little while to confirm. We’ll email your receipt as soon as it’s through; there is nothing more you need to do.";
  }
  return (
    <div>
      <h1 className="text-4xl font-semibold sm:text-5xl">{heading}</h1>
      <p className="mt-4 text-lg text-ink-soft">{body}</p>
      {donorShare ?? (share ? (
        <section aria-labelledby="share" className="mt-10 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="share" className="text-2xl font-semibold">Ask a friend to join you</h2>
          <p className="mt-2 text-ink-soft">Every share helps the appeal reach someone with a coat to spare.</p>
          <div className="mt-4">{share}</div>
        </section>
      ) : null)}
      <Link href="/" className="btn-primary mt-8">Back to the appeal</Link>
    </div>
  );
}
