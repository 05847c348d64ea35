"use client";

import { SiteLink } from "@/components/site-link";

const links = [
  { href: "/", label: "The appeal" },
  { href: "/news", label: "News & stories" },
  { href: "/volunteer", label: "Volunteer" },
  { href: "/donation-points", label: "Give a coat" },
  { href: "/about", label: "About us" },
];

/**
 * The site's header. The mobile menu is a <details> element: it works by keyboard and without JavaScript.
 *
 * A client component although nothing in it is interactive: its markup is still in the HTML
 * (rendered on the server), but the page's payload carries only `charityName` instead of the
 * whole header again, its two copies of the links included (with the footer, 4.5 kB of every
 * page's HTML: docs/performance.md, "What a page carries"). Its code (about 0.5 KB gzip) is in the
 * chunk the layout's other client components (SiteLink, the newsletter form) already load.
 */
export function SiteHeader({ charityName }: { charityName: string }) {
  return (
    <header className="bg-night text-white">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="container-page flex items-center justify-between gap-4 py-4">
        <SiteLink href="/" className="brand-link">
          <CoatMark />
          <span>{charityName}</span>
        </SiteLink>
        <nav aria-label="Main" className="hidden items-center gap-6 lg:flex">
          {links.map((l) => (
            <SiteLink key={l.href} href={l.href} className="nav-link">
              {l.label}
            </SiteLink>
          ))}
          <SiteLink href="/donate?gift=coat" className="btn-primary py-2">
            Donate
          </SiteLink>
        </nav>
        <details className="group relative lg:hidden">
          <summary className="menu-button">Menu</summary>
          <nav aria-label="Main" className="menu-panel">
            <ul className="flex flex-col">
              {links.map((l) => (
                <li key={l.href}>
                  <SiteLink href={l.href} className="menu-link">
                    {l.label}
                  </SiteLink>
                </li>
              ))}
              <li className="mt-2">
                <SiteLink href="/donate?gift=coat" className="btn-primary w-full">
                  Donate
                </SiteLink>
              </li>
            </ul>
          </nav>
        </details>
      </div>
    </header>
  );
}

function CoatMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8 shrink-0" fill="none">
      <circle cx="16" cy="16" r="16" fill="#b2400e" />
      <path d="M12 8l4 3 4-3 5 3-2 6h-2v8H11v-8H9l-2-6 5-3z" fill="#fbf6ee" />
      <path d="M16 11v14" stroke="#b2400e" strokeWidth="1.5" />
    </svg>
  );
}
