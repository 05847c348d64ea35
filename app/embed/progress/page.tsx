import type { Metadata } from "next";
import { LiveProgress } from "@/components/embed/live-progress";
import { getCampaign, getProgressForEmbeds } from "@/lib/campaign/cached";
import { progressExplanation } from "@/lib/campaign/progress-words";
import { formatPence } from "@/lib/format/money";
import { siteUrl } from "@/lib/site-metadata";

// The progress widget other sites show in an <iframe> (the snippet is on /embed). Outside the
// (site) group: no header or footer, just the figures. It must stay frameable from any origin
// (and from a page saved as a file), so the security headers send no X-Frame-Options for
// /embed/* and their frame-ancestors is "* file:" (lib/security/headers.ts).
// Recounted at most once a minute (or when a donation is paid): the page's Cache-Control is
// s-maxage=60 with stale-while-revalidate, so a CDN absorbs every site that embeds it; an open
// widget asks /api/progress again every minute (components/embed/live-progress.tsx).
// Sized to fit the snippet's frame (lib/share/progress-widget.ts) on a 320 px phone.

export const metadata: Metadata = { title: "Coats toward the goal this winter", robots: { index: false } };

export default async function ProgressWidget() {
  const [campaign, progress] = await Promise.all([getCampaign(), getProgressForEmbeds()]);
  const charityName = campaign?.charityName ?? "Winter appeal";
  const figures = progress ?? { goal: 0, coatsFunded: 0, coatsHandedIn: 0, coatsTowardGoal: 0 };
  const newTab = <span className="sr-only"> (opens in a new tab)</span>;

  return (
    // Named, so that framed in a page with a <main> of its own it is still a distinct landmark.
    <main aria-label="Coats toward the goal this winter" className="flex flex-1 flex-col justify-center bg-white px-3 py-2.5 sm:px-5 sm:py-4">
      <h1 className="truncate font-sans text-xs font-semibold uppercase tracking-wider text-ember">
        <a href={siteUrl("/")} target="_blank" rel="noopener" className="text-ember no-underline hover:underline">
          {charityName}
          {newTab}
        </a>
        {campaign ? <span className="text-ink-muted"> · #{campaign.hashtag}</span> : null}
      </h1>
      <LiveProgress
        initial={{ goal: figures.goal, coatsFunded: figures.coatsFunded, coatsHandedIn: figures.coatsHandedIn, coatsTowardGoal: figures.coatsTowardGoal }}
        action={
          <a href={siteUrl("/donate?gift=coat")} target="_blank" rel="noopener" className="btn-primary shrink-0 px-5">
            Donate
            {newTab}
          </a>
        }
      />
      <p className="mt-1.5 text-xs text-ink-soft">
        {progressExplanation}{" "}
        {campaign ? `${formatPence(campaign.coatPricePence)} buys a warm coat for someone sleeping rough.` : "Help keep someone warm this winter."}
      </p>
    </main>
  );
}
