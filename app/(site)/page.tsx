import { SiteLink } from "@/components/site-link";
import { AppealVideo } from "@/components/appeal-video";
import { TopDrives } from "@/components/coat-drives/top-drives";
import { PostCard } from "@/components/post-card";
import { ProgressMeter } from "@/components/progress-meter";
import { Prose } from "@/components/prose";
import { ShareKit } from "@/components/share/share-kit";
import { getCampaign, getProgress } from "@/lib/campaign/cached";
import { formatCount, formatPence } from "@/lib/format/money";
import { getLatestPosts } from "@/lib/posts/cached";
import { bareHashtag } from "@/lib/share/share-urls";
import { WallGrid } from "@/components/coat-wall/wall-grid";
import { getLatestWallPhotos } from "@/lib/coat-wall/cached";

const qualifierWords = { AROUND: "around", OVER: "over", EXACTLY: "" } as const;

export default async function AppealPage() {
  const [campaign, progress, posts, wallPhotos] = await Promise.all([getCampaign(), getProgress(), getLatestPosts(3), getLatestWallPhotos(8)]);
  if (!campaign) {
    return (
      <div className="container-page py-20">
        <h1 className="text-4xl font-semibold">Our appeal is being prepared</h1>
        <p className="mt-4 text-lg text-ink-soft">Please come back soon.</p>
      </div>
    );
  }
  const coatPrice = formatPence(campaign.coatPricePence);

  return (
    <>
      <section className="bg-night text-white">
        <div className="hero-grid">
          <div>
            <p className="hero-eyebrow">{`Winter appeal · #${bareHashtag(campaign.hashtag)}`}</p>
            <h1 className="hero-title">{campaign.headline}</h1>
            <p className="hero-lead">{campaign.strapline}</p>
            <div className="actions mt-8">
              <SiteLink href="/donate?gift=coat" className="btn-primary">
                {`Donate: ${coatPrice} could buy a coat`}
              </SiteLink>
              <SiteLink href="/volunteer" className="btn-light">
                Volunteer with us
              </SiteLink>
            </div>
          </div>
          {progress ? <ProgressMeter progress={progress} /> : null}
        </div>
      </section>

      <section aria-labelledby="situation" className="container-page py-16">
        <p className="eyebrow">The situation</p>
        <h2 id="situation" className="mt-2 section-title">
          Thousands of people are sleeping outside as winter sets in
        </h2>
        <ul className="mt-8 grid gap-5 sm:grid-cols-3">
          {campaign.figures.map((f) => (
            <li key={f.place} className="card">
              <p className="figure-count">
                {qualifierWords[f.qualifier] ? <span>{qualifierWords[f.qualifier]}</span> : null}
                {formatCount(f.count)}
              </p>
              <p className="figure-place">{f.place}</p>
              <p className="note">{f.note}</p>
            </li>
          ))}
        </ul>
        <Prose html={campaign.html.situation} className="mt-10" />
      </section>

      {campaign.videoUrl ? (
        <section aria-labelledby="video" className="bg-paper-deep py-16 below-fold">
          <div className="container-page">
            <h2 id="video" className="section-title">
              Watch our appeal
            </h2>
            <div className="mt-6 max-w-3xl">
              <AppealVideo title={campaign.videoTitle} url={campaign.videoUrl} />
            </div>
          </div>
        </section>
      ) : null}

      <section className="two-columns below-fold">
        <div>
          <h2 className="text-3xl font-semibold">{campaign.whyHereTitle}</h2>
          <Prose html={campaign.html.whyHere} className="mt-4" />
        </div>
        <div>
          <h2 className="text-3xl font-semibold">{campaign.whatWeDoTitle}</h2>
          <Prose html={campaign.html.whatWeDo} className="mt-4" />
        </div>
      </section>

      <section aria-labelledby="appeal" className="bg-ember-light/60 py-16 below-fold">
        <div className="appeal-grid">
          <div>
            <p className="eyebrow">The coat campaign</p>
            <h2 id="appeal" className="mt-2 section-title">
              {campaign.appealTitle}
            </h2>
            <Prose html={campaign.html.appeal} className="mt-4" />
            <p className="mt-6 max-w-prose text-ink-soft">{campaign.beyondGoal}</p>
          </div>
          <div className="flex flex-col gap-6">
            {/* The progress meter is drawn once, in the hero: a second copy was 4 kB of this page. */}
            <ShareKit headingId="share-kit" message={campaign.shareMessage} photoInvitation={campaign.photoInvitation} />
            <p>
              <SiteLink href="/embed" className="more-link">
                Show our progress on your own website →
              </SiteLink>
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="coat-wall" className="container-page py-16 below-fold">
        <div className="section-head">
          <div>
            <p className="eyebrow">{`#${bareHashtag(campaign.hashtag)}`}</p>
            <h2 id="coat-wall" className="mt-2 section-title">
              The coat wall
            </h2>
          </div>
          <div className="actions">
            <SiteLink href="/coat-wall/add" className="btn-primary">
              Add your photo
            </SiteLink>
            {wallPhotos.length ? (
              <SiteLink href="/coat-wall" className="btn-secondary">
                See the whole wall
              </SiteLink>
            ) : null}
          </div>
        </div>
        {wallPhotos.length ? (
          <div className="mt-8">
            <WallGrid photos={wallPhotos} />
          </div>
        ) : (
          <p className="mt-6 max-w-prose text-ink-soft">
            Giving a coat? Send us a photo of you holding it up and it will be the first on the wall, nudging your friends to look in their own wardrobes.
          </p>
        )}
      </section>

      <section aria-labelledby="help" className="container-page py-16 below-fold">
        <h2 id="help" className="section-title">
          Three ways to help this winter
        </h2>
        <ol className="card-grid">
          {campaign.waysToHelp.map((w, i) => (
            <li key={w.title} className="step">
              <span aria-hidden="true" className="step-number">
                {i + 1}
              </span>
              <h3 className="card-title">{w.title}</h3>
              <p className="note">{w.body}</p>
              <SiteLink href={w.ctaHref} className={i === 1 ? "btn-primary" : "btn-secondary"}>
                {w.ctaLabel}
              </SiteLink>
            </li>
          ))}
        </ol>
      </section>

      {/* Coat drives (issue #18): the top ten, when there are drives. */}
      <TopDrives />

      <section aria-labelledby="latest" className="bg-paper-deep py-16 below-fold">
        <div className="container-page">
          <div className="section-head">
            <h2 id="latest" className="section-title">
              Latest news
            </h2>
            <SiteLink href="/news" className="more-link">
              More news and stories →
            </SiteLink>
          </div>
          {posts.length ? (
            <div className="card-grid">
              {posts.map((p) => (
                <PostCard key={p.slug} post={p} />
              ))}
            </div>
          ) : (
            <p className="mt-6 text-ink-soft">No news yet: the first reports from this winter will appear here.</p>
          )}
        </div>
      </section>
    </>
  );
}
