import type { Metadata } from "next";
import { getCampaign, getProgressForEmbeds } from "@/lib/campaign/cached";
import { formatCount, formatPence } from "@/lib/format/money";
import { siteUrl } from "@/lib/site-metadata";

// The progress widget other sites show in an <iframe> (the snippet is on /embed). Outside the
// (site) group: no header or footer, just the figures. It must stay frameable from any origin,
// so the security headers must not send X-Frame-Options or frame-ancestors 'none' for /embed/*.
// Recounted at most once a minute (or when a donation is paid): the page's Cache-Control is
// s-maxage=60 with stale-while-revalidate, so a CDN absorbs every site that embeds it.

export const metadata: Metadata = { title: "Coats funded this winter", robots: { index: false } };

export default async function ProgressWidget() {
  const [campaign, progress] = await Promise.all([getCampaign(), getProgressForEmbeds()]);
  const charityName = campaign?.charityName ?? "Winter appeal";
  const goal = progress?.goal ?? 0;
  const funded = progress?.coatsFunded ?? 0;
  const label = `${formatCount(funded)} of ${formatCount(goal)} coats funded`;
  const newTab = <span className="sr-only"> (opens in a new tab)</span>;

  return (
    // Named, so that framed in a page with a <main> of its own it is still a distinct landmark.
    <main aria-label="Coats funded this winter" className="flex flex-1 flex-col justify-center bg-white p-4 sm:p-5">
      <h1 className="font-sans text-sm font-semibold uppercase tracking-wider text-ember">
        <a href={siteUrl("/")} target="_blank" rel="noopener" className="text-ember no-underline hover:underline">
          {charityName}
          {newTab}
        </a>
        {campaign ? <span className="text-ink-muted"> · #{campaign.hashtag}</span> : null}
      </h1>
      <p className="mt-2 flex flex-wrap items-baseline gap-x-2">
        <span className="font-serif text-4xl font-semibold text-ink">{formatCount(funded)}</span>
        <span className="text-ink-soft">of {formatCount(goal)} coats funded</span>
      </p>
      <div
        role="progressbar"
        aria-label="Coats funded toward the goal"
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={Math.min(funded, goal)}
        aria-valuetext={label}
        className="mt-3 h-4 overflow-hidden rounded-full bg-paper-deep"
      >
        <div className="h-full rounded-full bg-ember" style={{ width: `${Math.min(100, progress?.percent ?? 0)}%` }} />
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-ink-soft">
          {campaign ? `${formatPence(campaign.coatPricePence)} buys a warm coat for someone sleeping rough.` : "Help keep someone warm this winter."}
        </p>
        <a href={siteUrl("/donate?gift=coat")} target="_blank" rel="noopener" className="btn-primary">
          Donate
          {newTab}
        </a>
      </div>
    </main>
  );
}
