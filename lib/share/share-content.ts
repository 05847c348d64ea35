import "server-only";
import { getCampaign } from "@/lib/campaign/cached";
import { getPublicDrive } from "@/lib/coat-drives/cached";
import { getWallPhoto } from "@/lib/coat-wall/cached";
import { getPost } from "@/lib/posts/cached";
import { siteUrl } from "@/lib/site-metadata";
import { claimSentence } from "./donor-claim";
import { readDonorToken } from "./donor-token";
import type { ShareContent } from "./share-urls";

/** The networks a share link can go to through /share/<network>/<page> (email is a mailto: link). */
export const shareNetworks = ["x", "facebook", "whatsapp"] as const;
export type ShareNetwork = (typeof shareNetworks)[number];

export function isShareNetwork(name: string): name is ShareNetwork {
  return (shareNetworks as readonly string[]).includes(name);
}

const defaultSubject = "Help keep someone warm this winter";

/**
 * What sharing one of the site's pages says, from the server's own records: the page's address
 * (on SITE_URL), the message, the hashtag and the subject of an email. Only the pages that offer
 * share links have any: the appeal, a post, a coat drive, a coat wall photo and a donor's signed
 * card; anything else (or a record that is not public) is null. Both the share links a page draws
 * (components/share/share-links.tsx) and the route they lead to (app/share/…/route.ts) read it,
 * so what a visitor sees and what is shared cannot differ.
 */
export async function shareContentFor(page: string): Promise<ShareContent | null> {
  const campaign = await getCampaign();
  if (!campaign) return null;
  const shared = { url: siteUrl("/"), message: campaign.shareMessage, hashtag: campaign.hashtag, subject: defaultSubject };
  if (page === "/") return shared;
  const [, section = "", key = "", ...rest] = page.split("/");
  if (!key || rest.length) return null;
  switch (section) {
    case "news": {
      const post = await getPost(key);
      return post ? { ...shared, url: siteUrl(`/news/${post.slug}`), subject: post.title } : null;
    }
    case "coat-drives": {
      const drive = await getPublicDrive(key);
      return drive
        ? {
            ...shared,
            url: siteUrl(`/coat-drives/${drive.slug}`),
            message: `Help ${drive.name} keep people sleeping rough warm this winter.`,
            subject: drive.name,
          }
        : null;
    }
    case "coat-wall": {
      const photo = await getWallPhoto(key);
      return photo ? { ...shared, url: siteUrl(`/coat-wall/${photo.id}`), subject: `${photo.firstName} is giving a coat` } : null;
    }
    case "shared": {
      const claim = readDonorToken(key);
      return claim ? { ...shared, url: siteUrl(`/shared/${key}`), subject: claimSentence(claim) } : null;
    }
    default:
      return null;
  }
}
