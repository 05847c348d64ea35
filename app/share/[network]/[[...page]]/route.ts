import { isShareNetwork, shareContentFor } from "@/lib/share/share-content";
import { shareUrls } from "@/lib/share/share-urls";

type Params = { params: Promise<{ network: string; page?: string[] }> };

/**
 * A share link: /share/<network>/<page> (/share/x for the appeal, /share/facebook/news/<slug>…)
 * sends the visitor on to that network's share page, with the message and the page's address the
 * site's own records give (lib/share/share-content.ts). So a page's links are short, and work
 * without script. Nothing the visitor sends is copied into the answer: the network must be one
 * of the three, the page one that offers sharing, and the address is made from SITE_URL; anything
 * else is a 404.
 */
const missing = () =>
  new Response("There is no such share link.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: Params) {
  const { network, page = [] } = await params;
  if (!isShareNetwork(network)) return missing();
  const content = await shareContentFor(`/${page.join("/")}`);
  if (!content) return missing();
  // 303: the network's page is fetched with GET, whatever brought the visitor here. Not kept by
  // any cache, so a changed message or a hidden post is shared as it is now.
  return new Response(null, { status: 303, headers: { Location: shareUrls(content)[network], "Cache-Control": "no-store" } });
}
