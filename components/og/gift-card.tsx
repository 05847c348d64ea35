import { formatPence } from "@/lib/format/money";
import { CardFrame, CardHeadline, cardColours } from "./card-frame";

type CardCampaign = { charityName: string; hashtag: string; coatPricePence: number } | null;

/** A donor's card: what they gave, in the signed sentence, and the coat's price today. */
export function GiftCard({ campaign, claim, site }: { campaign: CardCampaign; claim: string; site: string }) {
  return (
    <CardFrame charityName={campaign?.charityName ?? "Winter appeal"} hashtag={campaign?.hashtag ?? ""} site={site}>
      <CardHeadline text={claim} />
      {campaign ? (
        <div style={{ display: "flex", marginTop: 28, fontSize: 36, color: cardColours.emberLight }}>
          {`${formatPence(campaign.coatPricePence)} buys a warm coat. Will you join in?`}
        </div>
      ) : null}
    </CardFrame>
  );
}
