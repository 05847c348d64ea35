import type { Db } from "@/lib/db";

/** The appeal's own fields, as the editor reads and saves them (`updatedAt` is the version token). */
export const appealFieldsSelect = {
  slug: true,
  updatedAt: true,
  headline: true,
  strapline: true,
  hashtag: true,
  situation: true,
  whyHereTitle: true,
  whyHere: true,
  whatWeDoTitle: true,
  whatWeDo: true,
  appealTitle: true,
  appeal: true,
  beyondGoal: true,
  photoInvitation: true,
  shareMessage: true,
  goalCoats: true,
  coatPricePence: true,
  packPricePence: true,
  videoTitle: true,
  videoUrl: true,
} as const;

/** Everything the appeal editor shows, read fresh (never cached): the version token included. */
export async function findCampaignForEditing(db: Db) {
  return db.campaign.findFirst({
    select: {
      id: true,
      ...appealFieldsSelect,
      coatsReceivedInKind: true,
      figures: { select: { id: true, place: true, count: true, qualifier: true, note: true }, orderBy: { position: "asc" } },
      waysToHelp: { select: { title: true, body: true, ctaLabel: true, ctaHref: true }, orderBy: { position: "asc" } },
    },
    orderBy: { createdAt: "desc" },
  });
}

export type EditableCampaign = NonNullable<Awaited<ReturnType<typeof findCampaignForEditing>>>;
