/**
 * The appeal's video player (components/appeal-video.tsx) embeds YouTube, and says so to the
 * visitor, so YouTube is the only host accepted. Staff paste whatever link they have (a watch
 * page, a youtu.be share link, a Short, an embed link); it is stored as the privacy-enhanced
 * embed address the player loads only after the visitor presses play.
 */
const videoId = /^[A-Za-z0-9_-]{1,64}$/;
const youtubeHosts = new Set(["youtube.com", "www.youtube.com", "m.youtube.com"]);
const noCookieHosts = new Set(["youtube-nocookie.com", "www.youtube-nocookie.com"]);

/** The youtube-nocookie embed URL for a YouTube link; null for anything else (http, other hosts). */
export function youtubeEmbedUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  let id: string | null | undefined = null;
  if (host === "youtu.be") id = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  else if (youtubeHosts.has(host)) {
    id = url.pathname === "/watch" ? url.searchParams.get("v") : /^\/(?:embed|shorts|live)\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  } else if (noCookieHosts.has(host)) id = /^\/embed\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  return id && videoId.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : null;
}
