// Shared pieces for the donation webhook tests: the seeded campaign, pending donations made the way
// checkout makes them (a unique attempt key, the Checkout Session id recorded before the donor
// leaves for Stripe), signed deliveries through handleWebhook, a seeded PRNG and a promise pool.
import crypto from "node:crypto";
import type Stripe from "stripe";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";
import { parseDonationForm } from "@/lib/donations/checkout/donation-form-schema";
import { handleWebhook, type WebhookResult } from "@/lib/donations/webhook/handle-webhook";
import type { RunInTransaction } from "@/lib/donations/webhook/webhook-transaction";
import { startCheckout, type CheckoutCampaign } from "@/lib/donations/checkout/start-checkout";
import type { Payments } from "@/lib/stripe/payments";
import type { Enqueue } from "@/lib/queue/jobs";
import { seed } from "@/prisma/seed/seed";
import { TEST_WEBHOOK_SECRET, signedDelivery, stripeId } from "../../support/stripe-events";
import type { TestDatabase } from "../../support/test-database";

export type SeededCampaign = { id: string; coatPricePence: number; packPricePence: number; coatsReceivedInKind: number; goalCoats: number };

/** Seeds the demo content and returns the appeal's campaign (£25 coats, £13 packs, 1,184 coats in kind). */
export async function seedCampaign(t: TestDatabase): Promise<SeededCampaign> {
  await seed(t.url);
  return t.db.campaign.findFirstOrThrow({
    select: { id: true, coatPricePence: true, packPricePence: true, coatsReceivedInKind: true, goalCoats: true },
    orderBy: { createdAt: "desc" },
  });
}

export type GiftSpec = {
  kind: DonationKind;
  quantity: number;
  amountPence: number;
  feePence?: number;
  frequency?: DonationFrequency;
  donorEmail?: string;
  donorName?: string;
  giftAidDeclarationId?: string;
};

export type PendingDonation = {
  id: string;
  sessionId: string;
  kind: DonationKind;
  quantity: number;
  amountPence: number;
  feePence: number;
  frequency: DonationFrequency;
  /** Null until Stripe tells us (checkout asks for no email; Stripe's page does). */
  donorEmail: string | null;
};

/** What the donation form would price a gift at: coats and packs by the campaign's prices. */
export function gift(
  campaign: SeededCampaign,
  kind: DonationKind,
  quantity: number,
  customPence = 0,
): { kind: DonationKind; quantity: number; amountPence: number } {
  if (kind === DonationKind.COAT) return { kind, quantity, amountPence: quantity * campaign.coatPricePence };
  if (kind === DonationKind.PACK) return { kind, quantity, amountPence: quantity * campaign.packPricePence };
  return { kind, quantity: 1, amountPence: customPence };
}

/** The card fee a donor may add (the campaign's 1.5% + 20p). */
export const cardFee = (amountPence: number) => Math.round((amountPence * 150) / 10_000) + 20;

/**
 * A donation as checkout leaves it: PENDING, a unique attempt key, and the id of the Checkout
 * Session it was sent to (whose metadata.donationId names this donation).
 */
export async function createPendingDonation(
  db: PrismaClient,
  campaignId: string,
  spec: GiftSpec,
  sessionId: string = stripeId("cs_test_", 58),
): Promise<PendingDonation> {
  const donorEmail = spec.donorEmail ?? `donor-${crypto.randomBytes(4).toString("hex")}@example.org`;
  const row = await db.donation.create({
    data: {
      campaignId,
      livemode: false,
      kind: spec.kind,
      quantity: spec.quantity,
      amountPence: spec.amountPence,
      feePence: spec.feePence ?? 0,
      frequency: spec.frequency ?? DonationFrequency.ONCE,
      status: DonationStatus.PENDING,
      donorEmail,
      ...(spec.donorName ? { donorName: spec.donorName } : {}),
      ...(spec.giftAidDeclarationId ? { giftAidDeclarationId: spec.giftAidDeclarationId } : {}),
      attemptKey: `attempt/${crypto.randomUUID()}`,
      stripeSessionId: sessionId,
    },
    select: { id: true, kind: true, quantity: true, amountPence: true, feePence: true, frequency: true },
  });
  return { ...row, sessionId, donorEmail };
}

/** The campaign as the donate action hands it to startCheckout: prices, card fee, charity name. */
export async function checkoutCampaign(db: PrismaClient): Promise<CheckoutCampaign> {
  return db.campaign.findFirstOrThrow({
    select: { id: true, charityName: true, coatPricePence: true, packPricePence: true, feeBasisPoints: true, feeFixedPence: true },
    orderBy: { createdAt: "desc" },
  });
}

export type CheckoutChoice = ({ gift: "coat" | "pack"; quantity: number } | { gift: "custom"; amount: string }) & { monthly?: boolean; coverFee?: boolean };

/**
 * Checkout exactly as the site does it: the donate form's fields through the real schema, then
 * the app's startCheckout() with stripePayments() against the local fake of Stripe's API — a
 * pending donation, a Checkout Session naming it (metadata, client reference, payment intent or
 * subscription metadata), and the session's id recorded on the donation.
 */
export async function checkoutWithStripe(db: PrismaClient, payments: Payments, campaign: CheckoutCampaign, choice: CheckoutChoice): Promise<PendingDonation> {
  const fields: Record<string, string> = {
    gift: choice.gift,
    ...(choice.gift === "custom" ? { amount: choice.amount } : { quantity: String(choice.quantity) }),
    frequency: choice.monthly ? "monthly" : "once",
    ...(choice.coverFee ? { coverFee: "on" } : {}),
    attempt: crypto.randomUUID(),
  };
  const parsed = parseDonationForm(fields);
  if (!parsed.ok) throw new Error(`the donate form refused ${JSON.stringify(fields)}: ${JSON.stringify(parsed.fieldErrors)}`);
  const { donationId } = await startCheckout(db, payments, { form: parsed.data, campaign, siteUrl: "https://calaiswinteraid.example" });
  const row = await db.donation.findUniqueOrThrow({
    where: { id: donationId },
    select: { id: true, kind: true, quantity: true, amountPence: true, feePence: true, frequency: true, stripeSessionId: true, donorEmail: true },
  });
  if (!row.stripeSessionId) throw new Error("startCheckout recorded no session id");
  const { stripeSessionId, ...rest } = row;
  return { ...rest, sessionId: stripeSessionId };
}

export type WebhookDeps = {
  enqueue: Enqueue;
  /** The webhook's transaction (webhook-transaction.ts); Prisma's interactive one when left out. */
  transaction?: RunInTransaction;
  donationIdForPaymentIntent?: (paymentIntentId: string) => Promise<string | null>;
  invoiceIdForPaymentIntent?: (paymentIntentId: string) => Promise<string | null>;
  log?: (message: string) => void;
};

/** Delivers `event` once: its payload, freshly signed, through the whole webhook. */
export function deliver(t: TestDatabase, event: Stripe.Event, deps: WebhookDeps): Promise<WebhookResult> {
  const { body, signature } = signedDelivery(event);
  return handleWebhook(t.db, body, signature, { secret: TEST_WEBHOOK_SECRET, ...deps });
}

/** mulberry32: a small seeded PRNG, so a shuffled run is the same run every time. */
export function seededRandom(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** Fisher–Yates with the given PRNG; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Runs `worker` over `items` with at most `concurrency` in flight; results in input order. */
export async function pool<T, R>(items: readonly T[], concurrency: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Every permutation of `items`. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
