import Link from "next/link";
import { NewsletterBox } from "./newsletter-box";

export function SiteFooter({ charityName, charityNumber }: { charityName: string; charityNumber: string }) {
  return (
    <footer className="mt-auto bg-night text-white/90">
      <div className="container-page grid gap-10 py-12 md:grid-cols-[2fr_1fr_1fr]">
        <NewsletterBox tone="dark" source="footer" />
        <nav aria-label="Footer">
          <h2 className="font-sans text-sm font-semibold uppercase tracking-wider text-white">Explore</h2>
          <ul className="mt-3 space-y-2">
            <li>
              <Link className="text-white/90 hover:text-white" href="/news">
                News & stories
              </Link>
            </li>
            <li>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- query-string list addresses need a full load (components/pagination.tsx) */}
              <a className="text-white/90 hover:text-white" href="/news?category=volunteer-stories">
                Volunteer stories
              </a>
            </li>
            <li>
              <Link className="text-white/90 hover:text-white" href="/about">
                About us
              </Link>
            </li>
            <li>
              <Link className="text-white/90 hover:text-white" href="/privacy">
                Privacy notice
              </Link>
            </li>
            <li>
              <Link className="text-white/90 hover:text-white" href="/accessibility">
                Accessibility
              </Link>
            </li>
            <li>
              <a className="text-white/90 hover:text-white" href="/news/feed.xml">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className="font-sans text-sm font-semibold uppercase tracking-wider text-white">Help now</h2>
          <ul className="mt-3 space-y-2">
            <li>
              <Link className="text-white/90 hover:text-white" href="/donate?gift=coat">
                Buy a coat
              </Link>
            </li>
            <li>
              <Link className="text-white/90 hover:text-white" href="/donation-points">
                Give a coat
              </Link>
            </li>
            <li>
              <Link className="text-white/90 hover:text-white" href="/volunteer">
                Volunteer
              </Link>
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
