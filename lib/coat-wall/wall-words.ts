import "server-only";
import { getCampaign } from "@/lib/campaign/cached";
import { bareHashtag } from "@/lib/share/share-urls";

// The coat wall's pages name the appeal's hashtag as staff set it in the appeal editor, never a
// copy of today's: a new hashtag reaches them with the appeal's cache tag, as it reaches `/`.

/** The appeal's hashtag without its "#" ("Coat4Calais"), or "" before there is an appeal. */
export async function appealHashtag(): Promise<string> {
  return bareHashtag((await getCampaign())?.hashtag ?? "");
}

/** "the #Coat4Calais wall", or "the coat wall" without a hashtag. */
export const wallName = (tag: string) => (tag ? `the #${tag} wall` : "the coat wall");

/** The wall's own description, for its pages' metadata. */
export const wallDescription = (tag: string) => `Supporters of the ${tag ? `#${tag} ` : ""}appeal holding up the coats they’re giving. Add yours.`;
