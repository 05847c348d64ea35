import { CardFrame, CardHeadline } from "@/components/og/card-frame";
import { CardProgress } from "@/components/og/card-progress";
import { getCampaign, getProgress } from "@/lib/campaign/cached";
import { env } from "@/lib/env";
import { cardSize, renderCard } from "@/lib/og/render-card";

// The appeal's social card, with live progress: prerendered from the cached readers and redrawn
// when a paid or refunded donation refreshes tags.progress (or staff edit the appeal).
// Pages without a card of their own share this one.
export const alt = "The winter appeal: coats funded so far toward the goal";
export const size = cardSize;
export const contentType = "image/png";

export default async function OpenGraphImage() {
  const [campaign, progress] = await Promise.all([getCampaign(), getProgress()]);
  return renderCard(
    <CardFrame charityName={campaign?.charityName ?? "Winter appeal"} hashtag={campaign?.hashtag ?? ""} site={new URL(env.SITE_URL).host}>
      <CardHeadline text={campaign?.headline ?? "A warm coat for every person sleeping rough this winter"} max={100} />
      {progress && progress.goal > 0 ? <CardProgress progress={progress} /> : null}
    </CardFrame>,
  );
}
