import { CardFrame, CardHeadline } from "@/components/og/card-frame";
import { CardProgress } from "@/components/og/card-progress";
import { getCampaign } from "@/lib/campaign/cached";
import { getPublicDrive, getPublicDriveSlugs } from "@/lib/coat-drives/cached";
import { env } from "@/lib/env";
import { cardSize, renderCard } from "@/lib/og/render-card";

// A coat drive's social card: its name and its progress in coats. Drawn from the same cached
// reader as the page, so a gift, a refund or a change to the drive redraws it.
export const alt = "The coat drive’s name and its progress toward its goal in coats";
export const size = cardSize;
export const contentType = "image/png";

export async function generateStaticParams() {
  const slugs = await getPublicDriveSlugs();
  return slugs.length ? slugs.map((slug) => ({ slug })) : [{ slug: "welcome" }];
}

export default async function DriveImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [drive, campaign] = await Promise.all([getPublicDrive(slug), getCampaign()]);
  if (!drive) return new Response("Not found", { status: 404 });
  return renderCard(
    <CardFrame charityName={campaign?.charityName ?? "Winter appeal"} hashtag={campaign?.hashtag ?? ""} site={new URL(env.SITE_URL).host}>
      <CardHeadline text={drive.name} max={80} />
      {drive.progress.goal > 0 ? <CardProgress progress={drive.progress} /> : null}
    </CardFrame>,
  );
}
