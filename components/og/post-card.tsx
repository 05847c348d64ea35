import { cardText } from "@/lib/og/card-text";
import { CardFrame, CardHeadline, cardColours } from "./card-frame";

type CardCampaign = { charityName: string; hashtag: string } | null;

/** One post's card: its category and title (placeholders already filled) under the charity's name. */
export function PostCard({ campaign, categoryLabel, title, site }: { campaign: CardCampaign; categoryLabel: string; title: string; site: string }) {
  return (
    <CardFrame charityName={campaign?.charityName ?? "Winter appeal"} hashtag={campaign?.hashtag ?? ""} site={site}>
      <div
        style={{
          display: "flex",
          marginBottom: 24,
          fontSize: 28,
          fontWeight: 600,
          letterSpacing: 2,
          textTransform: "uppercase",
          color: cardColours.emberLight,
        }}
      >
        {cardText(categoryLabel, 40)}
      </div>
      <CardHeadline text={title} />
    </CardFrame>
  );
}
