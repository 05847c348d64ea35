import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { DonorShare } from "@/components/share/donor-share";
import { ShareLinks } from "@/components/share/share-links";
import { getCampaign } from "@/lib/campaign/cached";
import { db } from "@/lib/db";
import { describeGift } from "@/lib/donations/describe-gift";
import { payments } from "@/lib/donations/stripe-wiring";
import { DonationStatus } from "@/lib/generated/prisma/enums";
import { claimForDonation, claimSentence, firstNameFrom } from "@/lib/share/donor-claim";
import { signDonorClaim } from "@/lib/share/donor-token";

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
          select: {
            kind: true,
            quantity: true,
            amountPence: true,
            status: true,
            frequency: true,
            donorName: true,
            donorEmail: true,
            giftAidDeclaration: { select: { firstName: true } },
          },
        })
      : null,
    getCampaign(),
  ]);
  const share = campaign ? <ShareLinks page="/" /> : null;

  // A paid gift may be shared as a signed card (/shared/<token>); the name only when asked for.
  let donorShare: React.ReactNode = null;
  if (campaign && donation?.status === DonationStatus.PAID && typeof sessionId === "string") {
    const firstName = firstNameFrom(donation.giftAidDeclaration?.firstName, donation.donorName);
    const showingName = firstName !== null && name === "show";
    const claim = showingName && firstName ? { ...claimForDonation(donation), firstName } : claimForDonation(donation);
    const cardPath = `/shared/${signDonorClaim(claim)}`;
    donorShare = <DonorShare sessionId={sessionId} cardPath={cardPath} sentence={claimSentence(claim)} firstName={firstName} showingName={showingName} />;
  }

  // Only a session this site knows, paid or completed and still processing, is thanked for a
  // gift; an address that names no such session (typed, guessed, or a checkout left unfinished)
  // gets a neutral page that claims nothing.
  const gift = donation ? `${describeGift(donation).replace(/^A gift of /, "")}${donation.frequency === "MONTHLY" ? " a month" : ""}` : "";
  const processing =
    donation?.status === DonationStatus.PENDING && typeof sessionId === "string" && (donation.donorEmail !== null || (await completedAtCheckout(sessionId)));
  const askAFriend = share ? (
    <section aria-labelledby="share" className="mt-10 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <h2 id="share" className="text-2xl font-semibold">
        Ask a friend to join you
      </h2>
      <p className="mt-2 text-ink-soft">Every share helps the appeal reach someone with a coat to spare.</p>
      <div className="mt-4">{share}</div>
    </section>
  ) : null;

  let heading: string;
  let body: string;
  if (donation?.status === DonationStatus.PAID) {
    heading = "Thank you for your gift";
    body = `Your gift of ${gift} will help keep someone warm this winter. Your receipt is on its way by email.`;
  } else if (processing) {
    heading = "Thank you for your gift";
    body = `Thank you for your gift of ${gift}. Your payment is being processed: some payment methods take a little while to confirm. We’ll email your receipt as soon as it’s through; there is nothing more you need to do.`;
  } else if (donation?.status === DonationStatus.PENDING) {
    heading = "We’re waiting to hear from our payment provider";
    body = "If you completed your payment, your receipt will arrive by email as soon as it is confirmed. If you didn’t, nothing has been charged.";
  } else {
    heading = "Nothing to confirm here";
    body =
      "This page confirms a gift once it has been paid, and there is no payment to show at this address. If you have given, the receipt we emailed you is your confirmation.";
  }
  const thanked = donation?.status === DonationStatus.PAID || processing;
  return (
    <div>
      <h1 className="text-4xl font-semibold sm:text-5xl">{heading}</h1>
      <p className="mt-4 text-lg text-ink-soft">{body}</p>
      {donorShare ?? askAFriend}
      {thanked ? (
        <p className="mt-8 text-lg">
          Giving a coat as well? <SiteLink href="/coat-wall/add">Add a photo of you holding it up to our coat wall</SiteLink>.
        </p>
      ) : null}
      <div className="mt-8 flex flex-wrap gap-3">
        {thanked ? null : (
          <SiteLink href="/donate" className="btn-secondary">
            Donate to the appeal
          </SiteLink>
        )}
        <SiteLink href="/" className="btn-primary">
          Back to the appeal
        </SiteLink>
      </div>
    </div>
  );
}

/** Stripe's word on a session our webhook has not heard about yet; unknown counts as not done. */
async function completedAtCheckout(sessionId: string): Promise<boolean> {
  try {
    return await payments().checkoutCompleted(sessionId);
  } catch (error) {
    console.error("[donate] could not check the checkout session", error);
    return false;
  }
}
