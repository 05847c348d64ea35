import { connection } from "next/server";
import { CoatPhotoCard } from "@/components/og/coat-photo-card";
import { getCampaign, getProgress } from "@/lib/campaign/cached";
import { getWallPhoto } from "@/lib/coat-wall/cached";
import { cardPhotoDataUrl } from "@/lib/coat-wall/card-photo";
import { env } from "@/lib/env";
import { cardSize, renderCard } from "@/lib/og/render-card";

// One photo's share card: the photo, the first name, the hashtag and the appeal's progress. From
// the same cached readers as the page: approving or removing the photo (tags.coatPhoto) redraws it.
export const alt = "A supporter holding up the coat they’re giving, with the appeal’s hashtag and progress";
export const size = cardSize;
export const contentType = "image/png";

// Drawn on request, not prerendered: photos come and go, and a card drawn from a photo first
// approved after the build must not be rendered as a static page (reading the stored photo is not
// allowed there). The data still come from the cached readers, refreshed by tag.
export default async function CoatPhotoImage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const [photo, campaign, progress] = await Promise.all([getWallPhoto(id), getCampaign(), getProgress()]);
  if (!photo) return new Response("Not found", { status: 404 });
  const picture = await cardPhotoDataUrl(photo.id, photo.cardKey);
  return renderCard(
    <CoatPhotoCard
      photo={picture}
      firstName={photo.firstName}
      hashtag={campaign?.hashtag ?? ""}
      charityName={campaign?.charityName ?? "Winter appeal"}
      progress={progress}
      site={new URL(env.SITE_URL).host}
    />,
  );
}
