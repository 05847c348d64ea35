import { CardFrame, CardHeadline, cardColours } from "@/components/og/card-frame";
import { getCampaign } from "@/lib/campaign/cached";
import { env } from "@/lib/env";
import { formatPence } from "@/lib/format/money";
import { cardSize, renderCard } from "@/lib/og/render-card";
import { claimSentence } from "@/lib/share/donor-claim";
import { readDonorToken } from "@/lib/share/donor-token";

// A donor's card: what they gave, in words the server signed, and a first name only when they
// chose to show it. A token the server did not sign draws nothing (404).
export const alt = "What a supporter gave to the winter appeal";
export const size = cardSize;
export const contentType = "image/png";

export default async function SharedGiftImage({ params }: { params: Promise<{ token: string }> }) {
  const claim = readDonorToken((await params).token);
  if (!claim) return new Response("Not found", { status: 404 });
  const campaign = await getCampaign();
  return renderCard(
    <CardFrame charityName={campaign?.charityName ?? "Winter appeal"} hashtag={campaign?.hashtag ?? ""} site={new URL(env.SITE_URL).host}>
      <CardHeadline text={claimSentence(claim)} />
      {campaign ? (
        <div style={{ display: "flex", marginTop: 28, fontSize: 36, color: cardColours.emberLight }}>
          {`${formatPence(campaign.coatPricePence)} buys a warm coat. Will you join in?`}
        </div>
      ) : null}
    </CardFrame>,
    // The token fixes what the card says: caches may keep it for a long while.
    { "Cache-Control": "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800" },
  );
}
