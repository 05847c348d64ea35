import { z } from "zod";
import { addDays, startOfLondonDay } from "@/lib/format/london-day";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DonationFrequency, DonationKind, DonationStatus } from "@/lib/generated/prisma/enums";

// The staff donations list's filters, in one place: the page and its CSV download both read the
// query string with parseDonationFilter and select with donationWhere, so the file holds exactly
// the rows the page shows (without the page's pagination).

const londonDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // A real calendar date: 2026-02-31 is not one.
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s))
  .optional()
  .catch(undefined);

/** Every status but PENDING unless asked for: "ALL" shows unfinished checkouts too. */
export const ALL_STATUSES = "ALL";

/** The filters, from the query string; anything odd is dropped (the list shows what it did filter by). */
export const donationFilterSchema = z.object({
  /** Donor name or email (part of it, any case), or a reference: the donation id or a Stripe id. */
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z
    .union([z.enum(DonationStatus), z.literal(ALL_STATUSES)])
    .optional()
    .catch(undefined),
  kind: z.enum(DonationKind).optional().catch(undefined),
  frequency: z.enum(DonationFrequency).optional().catch(undefined),
  giftAid: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Live (real money) or test gifts. */
  mode: z.enum(["live", "test"]).optional().catch(undefined),
  /** Monthly gifts whose latest card payment failed (and that have not ended). */
  payment: z.enum(["failing"]).optional().catch(undefined),
  /** London dates, both included: from the first moment of `from` to the last of `to` in London. */
  from: londonDate,
  to: londonDate,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type DonationFilter = z.infer<typeof donationFilterSchema>;

type QueryLike = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * The query string's filters, for the page (its searchParams) and the CSV route (its URL) alike:
 * a name given twice counts once, by its first value, in both.
 */
export function donationQueryOf(params: QueryLike): Record<string, string> {
  const entries =
    params instanceof URLSearchParams
      ? [...new Set(params.keys())].map((k) => [k, params.get(k)] as const)
      : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== ""));
}

export function parseDonationFilter(params: QueryLike): DonationFilter {
  return donationFilterSchema.parse(donationQueryOf(params));
}

/** Monthly gifts whose latest card payment failed, still running: staff may want to call the donor. */
export const failingGiftsWhere = { paymentFailing: true, subscriptionEndedAt: null } satisfies Prisma.DonationWhereInput;

function searchWhere(q: string): Prisma.DonationWhereInput {
  return {
    OR: [
      { donorName: { contains: q, mode: "insensitive" } },
      { donorEmail: { contains: q, mode: "insensitive" } },
      { id: q },
      { stripeSessionId: q },
      { stripePaymentIntentId: q },
      { stripeInvoiceId: q },
      { stripeSubscriptionId: q },
      { stripeCustomerId: q },
    ],
  };
}

export function donationWhere(f: DonationFilter): Prisma.DonationWhereInput {
  const status = f.status === ALL_STATUSES ? {} : f.status ? { status: f.status } : { status: { not: DonationStatus.PENDING } };
  return {
    ...status,
    ...(f.q ? searchWhere(f.q) : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.frequency ? { frequency: f.frequency } : {}),
    ...(f.mode ? { livemode: f.mode === "live" } : {}),
    ...(f.giftAid === "yes" ? { giftAidDeclarationId: { not: null } } : f.giftAid === "no" ? { giftAidDeclarationId: null } : {}),
    ...(f.payment === "failing" ? failingGiftsWhere : {}),
    ...(f.from || f.to
      ? { createdAt: { ...(f.from ? { gte: startOfLondonDay(f.from) } : {}), ...(f.to ? { lt: startOfLondonDay(addDays(f.to, 1)) } : {}) } }
      : {}),
  };
}
