"use client";

import { SiteLink } from "@/components/site-link";

// [address, words, plain]: `plain` links are full page loads (an <a>), not client navigation: the
// query-string list addresses need one (components/pagination.tsx), and the feed is not a page.
type FooterLink = [href: string, label: string, plain?: true];

const explore: FooterLink[] = [
  ["/news", "News & stories"],
  ["/news?category=volunteer-stories", "Volunteer stories", true],
  ["/about", "About us"],
  ["/privacy", "Privacy notice"],
  ["/accessibility", "Accessibility"],
  ["/news/feed.xml", "RSS feed", true],
];

const helpNow: FooterLink[] = [
  ["/donate?gift=coat", "Buy a coat"],
  ["/donation-points", "Give a coat"],
  ["/volunteer", "Volunteer"],
];

/**
 * The site's footer. A client component for the same reason as the header (site-header.tsx): the
 * page's payload then carries its three props, not its links and their markup again. The signup
 * box comes in as `newsletter`, drawn by the server (components/newsletter-box.tsx).
 */
export function SiteFooter({ charityName, charityNumber, newsletter }: { charityName: string; charityNumber: string; newsletter: React.ReactNode }) {
  return (
    <footer className="below-fold mt-auto bg-night text-white/90">
      <div className="container-page grid gap-10 py-12 md:grid-cols-[2fr_1fr_1fr]">
        {newsletter}
        <nav aria-label="Footer">
          <h2 className="footer-heading">Explore</h2>
          <FooterLinks links={explore} />
        </nav>
        <div>
          <h2 className="footer-heading">Help now</h2>
          <FooterLinks links={helpNow} />
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

function FooterLinks({ links }: { links: FooterLink[] }) {
  return (
    <ul className="mt-3 space-y-2">
      {links.map(([href, label, plain]) => (
        <li key={href}>
          {plain ? (
            <a className="footer-link" href={href}>
              {label}
            </a>
          ) : (
            <SiteLink className="footer-link" href={href}>
              {label}
            </SiteLink>
          )}
        </li>
      ))}
    </ul>
  );
}
