// Share addresses for the networks the appeal is shared on. Plain links: nothing from any network
// is loaded until a visitor follows one. Pure functions, used on the server and in the browser.

export type ShareContent = {
  /** The absolute address being shared. */
  url: string;
  /** What the sharer says (the campaign's configured message). */
  message: string;
  /** The campaign's hashtag, with or without its "#". */
  hashtag: string;
  /** The subject line of an email share. */
  subject: string;
};

export type ShareUrls = { x: string; facebook: string; whatsapp: string; email: string };

/** "Coat4Calais" or "#Coat4Calais" → "Coat4Calais". */
export function bareHashtag(hashtag: string): string {
  return hashtag.trim().replace(/^#+/, "");
}

/**
 * The message with the hashtag in it exactly once: staff often end the message with it already
 * ("…Here’s my #Coat4Calais"), and a share saying it twice looks careless.
 */
export function shareText(message: string, hashtag: string): string {
  const text = message.trim();
  const tag = bareHashtag(hashtag);
  if (!tag) return text;
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`#${escaped}(?![\\p{L}\\p{N}_])`, "iu").test(text) ? text : `${text} #${tag}`.trim();
}

const q = encodeURIComponent;

export function shareUrls({ url, message, hashtag, subject }: ShareContent): ShareUrls {
  const text = shareText(message, hashtag);
  const tag = bareHashtag(hashtag);
  return {
    // The hashtag travels inside the text, so X does not add it a second time.
    x: `https://x.com/intent/post?text=${q(text)}&url=${q(url)}`,
    // Facebook takes no prefilled text, only the address and one hashtag.
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}${tag ? `&hashtag=${q(`#${tag}`)}` : ""}`,
    whatsapp: `https://wa.me/?text=${q(`${text} ${url}`)}`,
    // encodeURIComponent, not URLSearchParams: mail programs read "+" as a plus, not a space.
    email: `mailto:?subject=${q(subject)}&body=${q(`${text}\n\n${url}`)}`,
  };
}
