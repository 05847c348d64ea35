/** Share the appeal: plain links (no third-party script loads until a visitor follows one). */
export function ShareLinks({ url, message, hashtag }: { url: string; message: string; hashtag: string }) {
  const text = `${message} ${url}`;
  const links = [
    { label: "Share on X", href: `https://x.com/intent/post?text=${encodeURIComponent(message)}&url=${encodeURIComponent(url)}&hashtags=${encodeURIComponent(hashtag)}` },
    { label: "Share on Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
    { label: "Share on WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(text)}` },
    { label: "Share by email", href: `mailto:?subject=${encodeURIComponent("Help keep someone warm this winter")}&body=${encodeURIComponent(text)}` },
  ];
  return (
    <ul className="flex flex-wrap gap-3">
      {links.map((l) => (
        <li key={l.label}>
          <a href={l.href} className="btn-secondary" rel="noopener noreferrer" target={l.href.startsWith("mailto:") ? undefined : "_blank"}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
