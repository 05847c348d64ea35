import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { describeGift } from "@/lib/donations/describe-gift";
import { isValidManageToken } from "@/lib/donations/manage-link";
import { payments } from "@/lib/donations/runtime";
import { env } from "@/lib/env";
import { cancelTestSubscriptionAction } from "../test-checkout/actions";


// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
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

/** From the receipt's signed link: Stripe's customer portal, or in test mode a cancel button. */
async function Manage({ searchParams }: Props) {
  const { d, t } = await searchParams;
  const donationId = typeof d === "string" ? d : "";
  const token = typeof t === "string" ? t : "";
  const donation = donationId && token && isValidManageToken(donationId, token)
    ? await db.donation.findUnique({ where: { id: donationId }, select: { kind: true, quantity: true, amountPence: true, stripeCustomerId: true, subscriptionEndedAt: true, frequency: true } })
    : null;
  if (!donation || donation.frequency !== "MONTHLY") {
    return (
      <div role="alert">
        <h1 className="text-4xl font-semibold">This link can’t be used</h1>
        <p className="mt-4 text-lg text-ink-soft">Please use the link in your latest receipt, or reply to it and we’ll help.</p>
      </div>
    );
  }
  const provider = payments();
  if (provider.mode === "stripe" && donation.stripeCustomerId && !donation.subscriptionEndedAt) {
    redirect(await provider.customerPortalUrl(donation.stripeCustomerId, `${env.SITE_URL}/`));
  }
  return (
    <div>
      <h1 className="text-4xl font-semibold">Your monthly gift</h1>
      <p className="mt-4 text-lg text-ink-soft">
        {describeGift(donation)} every month{donation.subscriptionEndedAt ? ": cancelled. Thank you for all you gave." : "."}
      </p>
      {!donation.subscriptionEndedAt && provider.mode === "test" ? (
        <form action={cancelTestSubscriptionAction} className="mt-6">
          <p className="mb-3 font-semibold text-ember-dark">Test mode: no money moves.</p>
          <input type="hidden" name="d" value={donationId} />
          <input type="hidden" name="t" value={token} />
          <button type="submit" className="btn-secondary">Cancel my monthly gift</button>
        </form>
      ) : null}
      <Link href="/" className="btn-primary mt-8">Back to the appeal</Link>
    </div>
  );
}
