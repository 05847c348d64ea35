import { SiteLink } from "@/components/site-link";

export function NotFoundMessage() {
  return (
    <div className="container-page py-20">
      <p className="eyebrow">Page not found</p>
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">We couldn’t find that page</h1>
      <p className="mt-4 max-w-prose text-lg text-ink-soft">The link may be old, or the page may have moved. Here are some places to go instead:</p>
      <ul className="mt-6 flex flex-wrap gap-3">
        <li>
          <SiteLink href="/" className="btn-primary">
            The winter appeal
          </SiteLink>
        </li>
        <li>
          <SiteLink href="/news" className="btn-secondary">
            News & stories
          </SiteLink>
        </li>
        <li>
          <SiteLink href="/donation-points" className="btn-secondary">
            Give a coat
          </SiteLink>
        </li>
      </ul>
    </div>
  );
}
