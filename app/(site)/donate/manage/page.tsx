import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { describeGift } from "@/lib/donations/describe-gift";
import { checkManageToken, MANAGE_LINK_DAYS } from "@/lib/donations/manage-link";
import { payments } from "@/lib/donations/stripe-wiring";
import { env } from "@/lib/env";
import { keptAnswer } from "@/lib/forms/answer-without-script";
import { TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { CancelGiftForm } from "./cancel-form";
import { RequestLinkForm } from "./request-link-form";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its forms must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export const metadata: Metadata = { title: "Manage your monthly gift", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ManagePage({ searchParams }: Props) {
  return (
    <div className="container-page max-w-3xl py-16">
      <Manage searchParams={searchParams} />
    </div>
  );
}

const one = (value: string | string[] | undefined): string => (typeof value === "string" ? value : "");

/**
 * From an email's signed, dated link: Stripe's customer portal, or in test mode the gift with a
 * cancel button that asks once more. Without a usable link: a form to have a new one emailed.
 */
async function Manage({ searchParams }: Props) {
  const params = await searchParams;
  const donationId = tokenField(params, "d");
  const token = tokenField(params, "t");
  if (donationId === "" && token === "") {
    const answer = await keptAnswer("manage-link");
    return (
      <div>
        <h1 className="text-4xl font-semibold">Manage your monthly gift</h1>
        <p className="mt-4 text-lg text-ink-soft">
          Every receipt for a monthly gift has a link to change your card or stop giving. If you can’t find it, we’ll email you a new one.
        </p>
        <RequestLinkForm answer={answer} />
      </div>
    );
  }
  if (donationId === null || token === null) {
    // Longer than any link we send: refused as it is, never cut down to size and tried.
    return (
      <div>
        <div role="alert">
          <h1 className="text-4xl font-semibold">This link can’t be used</h1>
          <p className="mt-4 text-lg text-ink-soft">{`${TOKEN_TOO_LONG} Or enter your email address and we’ll send you a new one.`}</p>
        </div>
        <RequestLinkForm />
      </div>
    );
  }
  const check = checkManageToken(donationId, token);
  const donation =
    check === "valid"
      ? await db.donation.findUnique({
          where: { id: donationId },
          select: { kind: true, quantity: true, amountPence: true, stripeCustomerId: true, subscriptionEndedAt: true, frequency: true, paymentFailing: true },
        })
      : null;
  if (check === "expired") {
    return (
      <div>
        <div role="alert">
          <h1 className="text-4xl font-semibold">This link has expired</h1>
          <p className="mt-4 text-lg text-ink-soft">
            {`For your security, links to manage a monthly gift work for ${MANAGE_LINK_DAYS} days. Enter your email address and we’ll send you a new one.`}
          </p>
        </div>
        <RequestLinkForm />
      </div>
    );
  }
  if (!donation || donation.frequency !== "MONTHLY") {
    return (
      <div>
        <div role="alert">
          <h1 className="text-4xl font-semibold">This link can’t be used</h1>
          <p className="mt-4 text-lg text-ink-soft">It may have been copied incompletely. Enter your email address and we’ll send you a new one.</p>
        </div>
        <RequestLinkForm />
      </div>
    );
  }
  const provider = payments();
  const active = !donation.subscriptionEndedAt;
  if (provider.mode === "stripe" && donation.stripeCustomerId && active) {
    redirect(await provider.customerPortalUrl(donation.stripeCustomerId, `${env.SITE_URL}/`));
  }
  const here = `/donate/manage?d=${encodeURIComponent(donationId)}&t=${encodeURIComponent(token)}`;
  const gift = `${describeGift(donation)} every month`;
  if (active && provider.mode === "test" && one(params.step) === "cancel") {
    return (
      <div>
        <h1 className="text-4xl font-semibold">Cancel your monthly gift?</h1>
        <p className="mt-4 text-lg text-ink-soft">
          {`${gift} will stop. No further payments will be taken, and we’ll email you to confirm. Every gift you have already made still counts.`}
        </p>
        <CancelGiftForm donationId={donationId} token={token} here={here} />
      </div>
    );
  }
  return (
    <div>
      <h1 className="text-4xl font-semibold">Your monthly gift</h1>
      {active ? (
        <p className="mt-4 text-lg text-ink-soft">{`${gift}.`}</p>
      ) : (
        <div role="status">
          <p className="mt-4 text-lg text-ink-soft">{`${gift}: cancelled. No further payments will be taken, and we’ve emailed you to confirm. Thank you for all you gave.`}</p>
        </div>
      )}
      {active && donation.paymentFailing ? (
        <p role="status" className="mt-4 text-lg">
          This month’s card payment didn’t go through. With a card that works, your gift carries on.
        </p>
      ) : null}
      {active && provider.mode === "test" ? (
        <div className="mt-6">
          <p className="mb-3 font-semibold text-ember-dark">Test mode: no money moves.</p>
          <p className="mb-3 text-ink-soft">
            There is no card here to update: with real payment keys, this link opens our payment provider’s page, where you change your card or cancel.
          </p>
          <SiteLink href={`${here}&step=cancel`} className="btn-secondary">
            Cancel my monthly gift
          </SiteLink>
        </div>
      ) : null}
      <SiteLink href="/" className="btn-primary mt-8">
        Back to the appeal
      </SiteLink>
    </div>
  );
}
