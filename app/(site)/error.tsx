"use client";

import { SiteLink } from "@/components/site-link";

// Shown when a page cannot be rendered, for example while the database is unreachable and the
// page is not in the cache. The details stay in the server log.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container-page py-20">
      <p className="eyebrow">Something went wrong</p>
      <h1 className="mt-2 text-4xl font-semibold">Sorry, this page isn’t available right now</h1>
      <p className="mt-4 max-w-prose text-lg text-ink-soft">
        We couldn’t load it just now. Please try again in a minute; if it keeps happening, our team has been told.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          Try again
        </button>
        <SiteLink href="/" className="btn-secondary">
          Back to the appeal
        </SiteLink>
      </div>
    </div>
  );
}
