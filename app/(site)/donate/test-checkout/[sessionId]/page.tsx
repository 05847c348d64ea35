import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TestCheckoutForm } from "@/app/(site)/donate/test-checkout/[sessionId]/test-checkout-form";
import { describeGift } from "@/lib/donations/describe-gift";
import { findTestSession } from "@/lib/donations/checkout/test-mode";
import { formatPence } from "@/lib/format/money";
import { cancelTestCheckoutAction } from "../actions";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export const metadata: Metadata = { title: "Test checkout", robots: { index: false } };

type Props = { params: Promise<{ sessionId: string }> };

export function generateStaticParams() {
  return [{ sessionId: "cs_test_local_000000000000000000000000" }];
}

/** The built-in stand-in for Stripe Checkout, used when no Stripe keys are configured. */
export default function TestCheckoutPage({ params }: Props) {
  return (
    <div className="container-page max-w-2xl py-14">
      <p role="note" className="rounded-2xl border-2 border-dashed border-ember bg-ember-light/60 p-4 text-lg font-semibold text-ember-dark">
        Test mode: no money moves. This page stands in for Stripe Checkout.
      </p>
      <Checkout params={params} />
    </div>
  );
}

async function Checkout({ params }: Props) {
  const { sessionId } = await params;
  const donation = await findTestSession(sessionId);
  if (!donation) notFound();
  if (donation.status !== "PENDING") {
    return (
      <div className="mt-8">
        <h1 className="text-3xl font-semibold">This checkout is closed</h1>
        <p className="mt-3 text-ink-soft">It has already been paid or cancelled.</p>
      </div>
    );
  }
  const total = formatPence(donation.amountPence + donation.feePence);
  return (
    <div className="mt-8 space-y-8">
      <div>
        <h1 className="text-3xl font-semibold">Pay for your gift</h1>
        <dl className="mt-4 divide-y divide-ink/10 rounded-2xl bg-white p-5 ring-1 ring-ink/10">
          <div className="flex justify-between py-2">
            <dt>{describeGift(donation)}</dt>
            <dd>{formatPence(donation.amountPence)}</dd>
          </div>
          {donation.feePence ? (
            <div className="flex justify-between py-2">
              <dt>Card fee</dt>
              <dd>{formatPence(donation.feePence)}</dd>
            </div>
          ) : null}
          <div className="flex justify-between py-2 font-semibold">
            <dt>Total{donation.frequency === "MONTHLY" ? " each month" : ""}</dt>
            <dd>{total}</dd>
          </div>
        </dl>
      </div>
      <TestCheckoutForm sessionId={sessionId} total={total} />
      <form action={cancelTestCheckoutAction}>
        <input type="hidden" name="sessionId" value={sessionId} />
        <button type="submit" className="btn-secondary w-full">
          Cancel and go back
        </button>
      </form>
    </div>
  );
}
