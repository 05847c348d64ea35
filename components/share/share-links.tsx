import { shareContentFor, type ShareNetwork } from "@/lib/share/share-content";
import { shareText, shareUrls } from "@/lib/share/share-urls";
import { CopyButton } from "./copy-button";

/**
 * Share one of the site's pages (`page`, its path): plain links to X, Facebook, WhatsApp and email
 * (no third-party script loads until a visitor follows one), then "Copy link" and the device's
 * share sheet where JavaScript runs. Nothing is drawn for a page that offers no sharing.
 *
 * The network links go through /share/<network><page> (app/share/…/route.ts), which sends the
 * visitor on to the network's share page: a short link here, instead of four long addresses each
 * carrying the whole message, in the markup and again in the payload (docs/performance.md, "What
 * a page carries"). The email link is the mailto: address itself, which a browser opens in the
 * visitor's mail program without a round trip. A server component: only the copy button needs
 * script.
 */
export async function ShareLinks({ page }: { page: string }) {
  const content = await shareContentFor(page);
  if (!content) return null;
  const via = (network: ShareNetwork) => `/share/${network}${page === "/" ? "" : page}`;
  const links = [
    { label: "Share on X", href: via("x") },
    { label: "Share on Facebook", href: via("facebook") },
    { label: "Share on WhatsApp", href: via("whatsapp") },
    { label: "Share by email", href: shareUrls(content).email, sameTab: true },
  ];
  return (
    <div className="flex flex-col gap-3">
      <ul className="button-row">
        {links.map((l) => (
          <li key={l.label}>
            <a href={l.href} className="btn-secondary" rel="noopener noreferrer" target={l.sameTab ? undefined : "_blank"}>
              {l.label}
              {l.sameTab ? null : <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
      <CopyButton
        value={content.url}
        label="Copy link"
        copied="Link copied"
        fieldLabel="Link to share"
        share={{ title: content.subject, text: shareText(content.message, content.hashtag) }}
      />
    </div>
  );
}
