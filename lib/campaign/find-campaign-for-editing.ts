import type { Db } from "@/lib/db";
import { appealCopySelect, figuresSelect, waysToHelpSelect } from "./campaign-select";

/** The appeal's own fields, as the editor reads and saves them (`updatedAt` is the version token). */
export const appealFieldsSelect = {
  slug: true,
  updatedAt: true,
  ...appealCopySelect,
  hashtag: true,
  goalCoats: true,
  coatPricePence: true,
  packPricePence: true,
  videoUrl: true,
} as const;

/** Everything the appeal editor shows, read fresh (never cached): the version token included. */
export async function findCampaignForEditing(db: Db) {
  return db.campaign.findFirst({
    select: {
      id: true,
      ...appealFieldsSelect,
      coatsReceivedInKind: true,
      figures: figuresSelect,
      waysToHelp: waysToHelpSelect,
    },
    orderBy: { createdAt: "desc" },
  });
}

export type EditableCampaign = NonNullable<Awaited<ReturnType<typeof findCampaignForEditing>>>;
