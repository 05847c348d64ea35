import { GiftCard } from "@/components/og/gift-card";
import { getCampaign } from "@/lib/campaign/cached";
import { env } from "@/lib/env";
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
    <GiftCard campaign={campaign} claim={claimSentence(claim)} site={new URL(env.SITE_URL).host} />,
    // The token fixes what the donor gave, but the card also states today's coat price: caches
    // keep it for minutes, not days, so a new price reaches it soon after staff change it.
    { "Cache-Control": "public, max-age=300, s-maxage=300, stale-while-revalidate=300" },
  );
}
