"use client";

import { SiteLink } from "@/components/site-link";

/**
 * The site's footer. A client component for the same reason as the header (site-header.tsx): the
 * page's payload then carries its three props, not its links and their markup again. The signup
 * box comes in as `newsletter`, drawn by the server (components/newsletter-box.tsx).
 */
export function SiteFooter({ charityName, charityNumber, newsletter }: { charityName: string; charityNumber: string; newsletter: React.ReactNode }) {
  return (
    <footer className="mt-auto bg-night text-white/90">
      <div className="container-page grid gap-10 py-12 md:grid-cols-[2fr_1fr_1fr]">
        {newsletter}
        <nav aria-label="Footer">
          <h2 className="footer-heading">Explore</h2>
          <ul className="mt-3 space-y-2">
            <li>
              <SiteLink className="footer-link" href="/news">
                News & stories
              </SiteLink>
            </li>
            <li>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- query-string list addresses need a full load (components/pagination.tsx) */}
              <a className="footer-link" href="/news?category=volunteer-stories">
                Volunteer stories
              </a>
            </li>
            <li>
              <SiteLink className="footer-link" href="/about">
                About us
              </SiteLink>
            </li>
            <li>
              <SiteLink className="footer-link" href="/privacy">
                Privacy notice
              </SiteLink>
            </li>
            <li>
              <SiteLink className="footer-link" href="/accessibility">
                Accessibility
              </SiteLink>
            </li>
            <li>
              <a className="footer-link" href="/news/feed.xml">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className="footer-heading">Help now</h2>
          <ul className="mt-3 space-y-2">
            <li>
              <SiteLink className="footer-link" href="/donate?gift=coat">
                Buy a coat
              </SiteLink>
            </li>
            <li>
              <SiteLink className="footer-link" href="/donation-points">
                Give a coat
              </SiteLink>
            </li>
            <li>
              <SiteLink className="footer-link" href="/volunteer">
                Volunteer
              </SiteLink>
            </li>
          </ul>
        </div>
      </div>
      <div className="border-t border-white/15">
        <p className="container-page py-6 text-sm text-white/80">
          {charityName} is a registered charity in England and Wales, number {charityNumber}.
        </p>
      </div>
    </footer>
  );
}
