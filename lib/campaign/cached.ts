import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { PriceFacts } from "@/lib/markdown/placeholders";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";
import { campaignAsShown } from "./campaign-as-shown";
import { computeCampaignProgress, findActiveCampaign, findPriceFacts } from "./queries";

/** The active campaign, its copy with the prices and goal filled in (campaign-as-shown.ts). */
export async function getCampaign() {
  "use cache";
  cacheTag(tags.campaign);
  cacheLife("days");
  const campaign = await findActiveCampaign(db);
  return campaign ? campaignAsShown(campaign) : null;
}

/**
 * The figures placeholders state, for cached readers of other staff text (posts, site pages).
 * A reader that fills placeholders must also carry tags.campaign, so a new price refreshes it.
 */
export async function getPriceFacts(): Promise<PriceFacts | null> {
  "use cache";
  cacheTag(tags.campaign);
  cacheLife("days");
  return findPriceFacts(db);
}

/** Progress toward the goal; refreshed by tag whenever a donation is paid or refunded. */
export async function getProgress() {
  "use cache";
  cacheTag(tags.progress, tags.campaign);
  cacheLife("hours");
  return computeCampaignProgress(db, { livemode: siteTakesLivePayments() });
}

/**
 * Progress for other sites (/api/progress, the /embed/progress widget): refreshed by tag like
 * getProgress, and also recounted at least once a minute, so a page or CDN that caches it for a
 * minute is never further behind than that, even where a tag refresh did not reach this instance.
 */
export async function getProgressForEmbeds() {
  "use cache";
  cacheTag(tags.progress, tags.campaign);
  cacheLife("minutes");
  return computeCampaignProgress(db, { livemode: siteTakesLivePayments() });
}
