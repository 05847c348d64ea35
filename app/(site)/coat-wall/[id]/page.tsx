import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { ReportPhotoForm } from "@/app/(site)/coat-wall/[id]/report-form";
import { WallPhotoImage } from "@/components/coat-wall/wall-photo-image";
import { NotFoundPage } from "@/components/not-found-page";
import { ShareLinks } from "@/components/share/share-links";
import { getCampaign } from "@/lib/campaign/cached";
import { getPhotoUnderReview, getWallPhoto, getWallPhotoIds } from "@/lib/coat-wall/cached";
import { appealHashtag, wallName } from "@/lib/coat-wall/wall-words";
import { formatUkDate } from "@/lib/format/date";
import { formatCount } from "@/lib/format/money";
import { pageMetadata } from "@/lib/site-metadata";

// Rendered in full before anything is sent: its report form must work with JavaScript switched off.
export const instant = false;

type Props = { params: Promise<{ id: string }> };

export async function generateStaticParams() {
  const ids = await getWallPhotoIds();
  // Cache Components needs at least one; an unknown id renders the 404 page.
  return ids.length ? ids.map((id) => ({ id })) : [{ id: "none" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const photo = await getWallPhoto((await params).id);
  if (!photo) return { title: "Page not found", robots: { index: false } };
  const metadata = await pageMetadata({
    title: `${photo.firstName} is giving a coat`,
    description:
      photo.message || `${photo.firstName} is giving a coat to someone sleeping rough this winter. Add your photo to ${wallName(await appealHashtag())}.`,
    path: `/coat-wall/${photo.id}`,
  });
  // The photo has a card of its own (opengraph-image.tsx beside this page).
  delete metadata.openGraph?.images;
  delete metadata.twitter?.images;
  return metadata;
}

export default async function CoatPhotoPage({ params }: Props) {
  const { id } = await params;
  const [photo, campaign] = await Promise.all([getWallPhoto(id), getCampaign()]);
  if (!photo) return (await getPhotoUnderReview(id)) ? <UnderReview /> : <NotFoundPage />;
  return (
    <article className="container-page py-14">
      <nav aria-label="Breadcrumb" className="text-sm">
        <SiteLink href="/coat-wall" className="text-ink-soft">
          ← The coat wall
        </SiteLink>
      </nav>
      <div className="mt-6 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <WallPhotoImage photo={photo} use="full" sizes="(min-width: 64rem) 37rem, 100vw" priority className="h-auto w-full max-w-2xl rounded-3xl" />
        <div>
          <h1 className="text-4xl font-semibold sm:text-5xl">{photo.firstName} is giving a coat</h1>
          <p className="mt-3 text-ink-soft">
            {[photo.town, photo.pointName ? `at ${photo.pointName}` : null].filter(Boolean).join(", ")}
            {photo.approvedAt ? (
              <>
                {photo.town || photo.pointName ? " · " : ""}on the wall since {formatUkDate(photo.approvedAt)}
              </>
            ) : null}
          </p>
          {photo.message ? <blockquote className="mt-6 border-l-4 border-ember pl-4 text-lg whitespace-pre-line italic">{photo.message}</blockquote> : null}
          {photo.delivery ? (
            <p className="mt-6 rounded-2xl bg-pine-light p-4 text-pine">
              Part of the {formatCount(photo.delivery.coats)} coats we received from {photo.pointName ?? "this drop-off point"} on{" "}
              {formatUkDate(photo.delivery.receivedOn)}.
            </p>
          ) : null}
          {campaign ? (
            <section aria-labelledby="share-photo" className="mt-10">
              <h2 id="share-photo" className="text-2xl font-semibold">
                Share this photo
              </h2>
              <p className="mt-2 text-ink-soft">Every share is a nudge for a friend to look in their own wardrobe.</p>
              <div className="mt-4">
                <ShareLinks page={`/coat-wall/${photo.id}`} />
              </div>
            </section>
          ) : null}
          <div className="mt-10 flex flex-wrap gap-3">
            <SiteLink href="/coat-wall/add" className="btn-primary">
              Add your photo
            </SiteLink>
            <SiteLink href="/donation-points" className="btn-secondary">
              Find a drop-off point
            </SiteLink>
          </div>
          <div className="mt-10 border-t border-ink/10 pt-6">
            <ReportPhotoForm id={photo.id} />
          </div>
        </div>
      </div>
    </article>
  );
}

/** A photo reports have taken off the wall: said plainly to whoever follows a shared link, the last reporter included. */
function UnderReview() {
  return (
    <div className="container-page max-w-3xl py-16">
      <h1 className="text-4xl font-semibold">This photo is off the wall for now</h1>
      <p className="mt-4 text-lg text-ink-soft">
        People have reported it, so our team is looking at it again before it goes back up. Thank you for helping keep the wall a kind place.
      </p>
      <SiteLink href="/coat-wall" className="btn-primary mt-6">
        See the coat wall
      </SiteLink>
    </div>
  );
}
