import type { Progress } from "@/lib/campaign/progress";
import { CardFrame, CardHeadline } from "./card-frame";
import { CardProgress } from "./card-progress";

type CardCampaign = { charityName: string; hashtag: string; headline: string } | null;

/** The appeal's card: its headline (placeholders already filled) and live progress toward the goal. */
export function AppealCard({ campaign, progress, site }: { campaign: CardCampaign; progress: Progress | null; site: string }) {
  return (
    <CardFrame charityName={campaign?.charityName ?? "Winter appeal"} hashtag={campaign?.hashtag ?? ""} site={site}>
      <CardHeadline text={campaign?.headline ?? "A warm coat for every person sleeping rough this winter"} max={100} />
      {progress && progress.goal > 0 ? <CardProgress progress={progress} /> : null}
    </CardFrame>
  );
}
