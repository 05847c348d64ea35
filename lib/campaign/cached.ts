import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";
import { computeCampaignProgress, findActiveCampaign } from "./queries";

export async function getCampaign() {
  "use cache";
  cacheTag(tags.campaign);
  cacheLife("days");
  const campaign = await findActiveCampaign(db);
  if (!campaign) return null;
  return {
    ...campaign,
    html: {
      situation: renderMarkdown(campaign.situation),
      whyHere: renderMarkdown(campaign.whyHere),
      whatWeDo: renderMarkdown(campaign.whatWeDo),
      appeal: renderMarkdown(campaign.appeal),
    },
  };
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
