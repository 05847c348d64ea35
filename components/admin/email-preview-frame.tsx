// The email's own document gets a policy that allows no scripts, plugins, frames or form posts,
// only its inline styles and images (on top of the site's own policy, which a srcdoc frame
// inherits). The HTML was sanitised when it was rendered; this is a second fence around it. (A
// sandbox attribute would fence it too, but a frame sandboxed without scripts cannot be checked by
// accessibility tools.)
const fence = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; form-action 'none'; base-uri 'none'">`;

/** An email's full HTML shown as it will arrive, in a frame of its own so the page's styles and the email's never mix. */
export function EmailPreviewFrame({ html, title }: { html: string; title: string }) {
  const fenced = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + fence) : fence + html;
  return <iframe title={title} srcDoc={fenced} className="block h-[36rem] w-full rounded-2xl bg-paper ring-1 ring-ink/10" />;
}
