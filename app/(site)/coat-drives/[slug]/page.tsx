import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { CoverImage } from "@/components/cover-image";
import { NotFoundPage } from "@/components/not-found-page";
import { ProgressBar } from "@/components/progress-bar";
import { Prose } from "@/components/prose";
import { ShareLinks } from "@/components/share/share-links";
import { getCampaign } from "@/lib/campaign/cached";
import { progressExplanation, towardGoalWords } from "@/lib/campaign/progress-words";
import { getPublicDrive, getPublicDriveSlugs } from "@/lib/coat-drives/cached";
import { kindLabel } from "@/lib/coat-drives/options";
import { formatUkDate } from "@/lib/format/date";
import { formatPence } from "@/lib/format/money";
import { coverPicture } from "@/lib/posts/cover-image";
import { pageMetadata } from "@/lib/site-metadata";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const slugs = await getPublicDriveSlugs();
  // Cache Components needs at least one; an unknown address simply renders the 404 page.
  return slugs.length ? slugs.map((slug) => ({ slug })) : [{ slug: "welcome" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const drive = await getPublicDrive((await params).slug);
  if (!drive) return { title: "Page not found" };
  const metadata = await pageMetadata({
    title: drive.name,
    description: `${towardGoalWords(drive.progress)} so far. Give a coat through ${drive.name}, for someone sleeping rough this winter.`,
    path: `/coat-drives/${drive.slug}`,
  });
  // The drive has a card of its own (opengraph-image.tsx beside this page).
  delete metadata.openGraph?.images;
  delete metadata.twitter?.images;
  return metadata;
}

/**
 * A coat drive's page: its story (an organiser's text, sanitised), photo, progress in coats,
 * latest supporters and a Donate button that carries the drive into checkout. Cached: refreshed by
 * tag when a gift is paid or refunded, and when staff or the organiser change the drive.
 */
export default async function CoatDrivePage({ params }: Props) {
  const { slug } = await params;
  const [drive, campaign] = await Promise.all([getPublicDrive(slug), getCampaign()]);
  if (!drive) return <NotFoundPage />;
  const photo = coverPicture({ coverImage: drive.photoKey, coverAlt: drive.photoAlt });
  // Decided from the end date as well as the status (lib/coat-drives/drive-end.ts): ended from midnight after its last day.
  const live = !drive.ended;
  return (
    <article className="container-page py-14">
      <nav aria-label="Breadcrumb" className="text-sm">
        <SiteLink href="/coat-drives" className="text-ink-soft">
          Coat drives
        </SiteLink>
      </nav>
      <div className="mt-6 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <div>
          <p className="eyebrow">{kindLabel(drive.kind)}</p>
          <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">{drive.name}</h1>
          <p className="mt-3 text-ink-soft">
            Run by {drive.organiserFirstName} for the winter appeal
            {drive.endsOn ? ` · ${live ? "until" : "ended"} ${formatUkDate(drive.endsOn)}` : ""}
          </p>
          {photo ? <CoverImage picture={photo} use="full" sizes="(min-width: 64rem) 40rem, 100vw" priority className="mt-8 h-auto w-full rounded-3xl" /> : null}
          <Prose html={drive.storyHtml} className="mt-8" />
        </div>
        <aside className="space-y-6">
          <section aria-labelledby="drive-progress" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
            <h2 id="drive-progress" className="text-2xl font-semibold">
              {towardGoalWords(drive.progress)}
            </h2>
            <ProgressBar progress={drive.progress} />
            <p className="mt-3 text-sm text-ink-soft">{progressExplanation} Coats the drive collected count once our team has them.</p>
            {live ? (
              <SiteLink href={`/donate?drive=${drive.slug}`} className="btn-primary mt-6">
                Donate to this drive
              </SiteLink>
            ) : (
              <p className="mt-6 font-semibold">This coat drive has ended. Thank you to everyone who gave. You can still give to the winter appeal.</p>
            )}
            {campaign ? (
              <p className="mt-3 text-sm text-ink-soft">
                {formatPence(campaign.coatPricePence)} buys a coat. Every gift goes to {campaign.charityName}’s winter appeal and counts toward this drive too.
              </p>
            ) : null}
          </section>
          <section aria-labelledby="drive-supporters" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
            <h2 id="drive-supporters" className="text-xl font-semibold">
              Recent supporters
            </h2>
            {drive.supporters.length ? (
              <ul className="mt-3 space-y-1">
                {drive.supporters.map((s) => (
                  <li key={s.id}>
                    {s.name}
                    {s.amountPence !== null ? ` gave ${formatPence(s.amountPence)}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-ink-soft">Be the first to give through this drive.</p>
            )}
          </section>
          {campaign ? (
            <section aria-labelledby="drive-share">
              <h2 id="drive-share" className="text-xl font-semibold">
                Share this drive
              </h2>
              <div className="mt-3">
                <ShareLinks page={`/coat-drives/${drive.slug}`} />
              </div>
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
