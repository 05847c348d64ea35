import { AppealCard } from "@/components/og/appeal-card";
import { getCampaign, getProgress } from "@/lib/campaign/cached";
import { env } from "@/lib/env";
import { cardSize, renderCard } from "@/lib/og/render-card";

// The appeal's social card, with live progress: prerendered from the cached readers and redrawn
// when a paid or refunded donation refreshes tags.progress (or staff edit the appeal).
// Pages without a card of their own share this one.
export const alt = "The winter appeal: coats toward the goal so far, funded by gifts and handed in";
export const size = cardSize;
export const contentType = "image/png";

export default async function OpenGraphImage() {
  const [campaign, progress] = await Promise.all([getCampaign(), getProgress()]);
  return renderCard(<AppealCard campaign={campaign} progress={progress} site={new URL(env.SITE_URL).host} />);
}
