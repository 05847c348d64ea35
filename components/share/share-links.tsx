"use client";

import { shareText, shareUrls } from "@/lib/share/share-urls";
import { ShareButtons } from "./share-buttons";

/**
 * Share the appeal: plain links to X, Facebook, WhatsApp and email (no third-party script loads
 * until a visitor follows one), then "Copy link" and the device's share sheet where JavaScript runs.
 *
 * A client component (rendered on the server all the same, so the links work without script):
 * the page's payload carries the four props, not the four long share addresses and their markup
 * again (docs/performance.md, "What a page carries"). The addresses are made in the browser by
 * the same functions (lib/share/share-urls.ts), in the chunk that already has the copy button.
 */
export function ShareLinks({
  url,
  message,
  hashtag,
  subject = "Help keep someone warm this winter",
}: {
  url: string;
  message: string;
  hashtag: string;
  subject?: string;
}) {
  const urls = shareUrls({ url, message, hashtag, subject });
  const links = [
    { label: "Share on X", href: urls.x },
    { label: "Share on Facebook", href: urls.facebook },
    { label: "Share on WhatsApp", href: urls.whatsapp },
    { label: "Share by email", href: urls.email, sameTab: true },
  ];
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-wrap gap-3">
        {links.map((l) => (
          <li key={l.label}>
            <a href={l.href} className="btn-secondary" rel="noopener noreferrer" target={l.sameTab ? undefined : "_blank"}>
              {l.label}
              {l.sameTab ? null : <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
      <ShareButtons url={url} title={subject} text={shareText(message, hashtag)} />
    </div>
  );
}
