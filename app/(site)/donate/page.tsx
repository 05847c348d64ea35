import crypto from "node:crypto";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { DonateForm } from "@/app/(site)/donate/donate-form";
import { RateLimitField } from "@/components/forms/rate-limit-field";
import { getCampaign } from "@/lib/campaign/cached";
import { findDriveForGift } from "@/lib/coat-drives/queries";
import { DRIVE_SLUG } from "@/lib/coat-drives/slug";
import { db } from "@/lib/db";
import { GIFT_AID_EXPLAINER, giftAidScopeLabels, giftAidWording } from "@/lib/donations/gift-aid-wording";
import { restoreDonationForm } from "@/lib/donations/checkout/restore-donation-form";
import { RESTORE_COOKIE } from "@/lib/donations/checkout/restore-token";
import { MAX_QUANTITY, MIN_QUANTITY } from "@/lib/donations/checkout/gift-bounds";
import { donationFormLimits, MIN_GIFT_PENCE } from "@/lib/donations/checkout/parse-amount";
import { formatPence } from "@/lib/format/money";
import { keptAnswer } from "@/lib/forms/answer-without-script";
import type { FormState } from "@/lib/forms/form-state";
import { newsletterConsent } from "@/lib/newsletter/consent";
import { pageMetadata } from "@/lib/site-metadata";

// Rendered in full before anything is sent (no streaming behind <Suspense>): its form must work
// with JavaScript switched off, and streamed content is only revealed by script.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const campaign = await getCampaign();
  const coat = campaign ? `${formatPence(campaign.coatPricePence)} could buy` : "A gift could buy";
  return pageMetadata({
    title: "Donate",
    description: `${coat} a warm coat for someone sleeping rough this winter. Give once or monthly, with Gift Aid.`,
    path: "/donate",
  });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function DonatePage({ searchParams }: Props) {
  return (
    <div className="container-page py-14">
      <p className="eyebrow">Donate</p>
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">Keep someone warm this winter</h1>
      <Donate searchParams={searchParams} />
    </div>
  );
}

async function Donate({ searchParams }: Props) {
  // Each visit gets its own attempt id, so a double click is one donation: this page is rendered
  // per request, never cached.
  await connection();
  const [params, campaign] = await Promise.all([searchParams, getCampaign()]);
  if (!campaign) return <p className="mt-8 text-lg">Donations are not open just now. Please come back soon.</p>;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const gift = ["coat", "pack", "custom"].includes(one("gift")) ? (one("gift") as "coat" | "pack" | "custom") : "coat";
  const cancelled = one("cancelled") !== "";
  const attempt = crypto.randomUUID();
  // The form opens with, in order: the answer a post without script left for this page; after a
  // cancelled checkout, what this browser's donor sent (never anyone else's); or the defaults.
  const answer: FormState | undefined = (await keptAnswer("donate")) ?? (cancelled ? await restored() : undefined);
  // A gift through a coat drive (/donate?drive=<address>, or the drive a refused post kept): only
  // a live drive is named; the action checks it again.
  const driveSlug = answer?.values ? (answer.values.drive ?? "") : one("drive");
  const drive = DRIVE_SLUG.test(driveSlug) ? await findDriveForGift(db, driveSlug) : null;

  return (
    <div className="mt-8 grid gap-12 lg:grid-cols-[2fr_1fr]">
      <div>
        {cancelled ? (
          <p role="status" className="mb-8 rounded-2xl bg-white p-4 ring-1 ring-ink/10">
            {answer?.values
              ? "Your payment was cancelled and nothing was charged. Your choices are below, just as you left them, whenever you’re ready."
              : "Your payment was cancelled and nothing was charged. You can try again below whenever you’re ready."}
          </p>
        ) : null}
        {/* Keyed by the attempt, new with every render of the page: a form kept alive from an
            earlier visit (the router keeps visited pages' state) must not show its old answer in
            place of the one this render brings, such as a cancelled checkout's choices. */}
        <DonateForm
          key={attempt}
          answer={answer}
          pricing={{
            coatPricePence: campaign.coatPricePence,
            packPricePence: campaign.packPricePence,
            feeBasisPoints: campaign.feeBasisPoints,
            feeFixedPence: campaign.feeFixedPence,
          }}
          top={
            <>
              <RateLimitField limit={donationFormLimits.perConnection} />
              <input type="hidden" name="attempt" value={attempt} />
              {drive ? (
                <div className="rounded-2xl bg-white p-4 ring-1 ring-ink/10">
                  <input type="hidden" name="drive" value={drive.slug} />
                  <p>
                    Your gift counts toward <strong>{drive.name}</strong> as well as the winter appeal. The prices are the appeal’s own.
                  </p>
                </div>
              ) : null}
            </>
          }
          gifts={[
            { value: "coat", label: "A winter coat", note: `${formatPence(campaign.coatPricePence)} could buy a warm, waterproof coat` },
            { value: "pack", label: "A clothing pack", note: `${formatPence(campaign.packPricePence)} for underwear, socks and clean clothes` },
            { value: "custom", label: "An amount you choose", note: `From ${formatPence(MIN_GIFT_PENCE)}` },
          ]}
          frequencies={[
            { value: "once", label: "Once" },
            { value: "monthly", label: "Every month", note: "Cancel at any time from the link in your receipt" },
          ]}
          ticks={[
            ["anonymous", "Keep my gift anonymous: never show my name publicly"],
            ...(drive
              ? [
                  [
                    "showAmountOnDrive",
                    "Show the amount of my gift on the drive’s page (we show your first name only, unless you keep your gift anonymous)",
                  ] as const,
                ]
              : []),
            ["emailConsent", `${newsletterConsent.wording} We’ll email you once to confirm.`],
          ]}
          giftAidIntro={
            <>
              <p className="font-serif text-2xl font-semibold" aria-hidden="true">
                Gift Aid
              </p>
              <p className="mt-2 text-ink-soft">{GIFT_AID_EXPLAINER}</p>
            </>
          }
          giftAidScopes={(["ENDURING", "THIS_DONATION"] as const).map((value) => ({
            value,
            label: giftAidScopeLabels[value],
            note: giftAidWording(value, campaign.charityName),
          }))}
          footer={<p className="mt-3 text-sm text-ink-soft">Payment is taken by Stripe. We never see or store your card details.</p>}
          defaults={{
            gift,
            quantity: quantityFrom(one("quantity")),
            amount: /^\d{1,5}(\.\d{1,2})?$/.test(one("amount")) ? one("amount") : "",
            frequency: one("frequency") === "monthly" ? "monthly" : "once",
          }}
        />
      </div>
      <aside className="space-y-6 text-ink-soft">
        <div className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
          <h2 className="text-xl font-semibold text-ink">Where your money goes</h2>
          <p className="mt-2">
            {formatPence(campaign.coatPricePence)} could buy a warm, waterproof coat, and {formatPence(campaign.packPricePence)} a pack of underwear, socks and
            clean clothes. Our volunteers hand them out in person in Calais, Dunkirk, Paris and Brussels.
          </p>
          <p className="mt-3">{campaign.beyondGoal}</p>
        </div>
        <div className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
          <h2 className="text-xl font-semibold text-ink">Safe and simple</h2>
          <p className="mt-2">Card details go straight to Stripe, our payment provider. You’ll get a receipt by email.</p>
        </div>
      </aside>
    </div>
  );
}

/** The form as this browser's donor sent it to checkout, from the cookie set when they left. */
async function restored(): Promise<FormState | undefined> {
  const token = (await cookies()).get(RESTORE_COOKIE)?.value;
  const values = token ? await restoreDonationForm(db, token) : null;
  return values ? { status: "idle", values } : undefined;
}

/** A link's quantity (?quantity=3), when it is one the schema allows, written plainly; else the least. */
function quantityFrom(typed: string): string {
  const quantity = Number(typed);
  return Number.isInteger(quantity) && quantity >= MIN_QUANTITY && quantity <= MAX_QUANTITY && String(quantity) === typed ? typed : String(MIN_QUANTITY);
}
