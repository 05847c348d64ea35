import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appealFieldsSelect } from "./find-campaign-for-editing";
import type { CopyForm, FigureInput, GoalForm, VideoForm, WaysForm } from "./appeal-form-schemas";

/** One section of the appeal editor, as validated. */
export type AppealChange =
  | { section: "copy"; fields: Omit<CopyForm, "version"> }
  | { section: "goal"; fields: Omit<GoalForm, "version"> }
  | { section: "video"; fields: Omit<VideoForm, "version"> }
  | { section: "figures"; figures: FigureInput[] }
  | { section: "ways"; ways: WaysForm["ways"] };

/** `before` is the goal and prices as they were, so the editor can be told what changed. */
export type SaveAppealOutcome =
  { ok: true; version: Date; before: { goalCoats: number; coatPricePence: number; packPricePence: number } } | { ok: false; reason: "conflict" | "not-found" };

const scalarSelect = appealFieldsSelect;

/**
 * Saves one section of the appeal, with everything it touches in one transaction with its audit
 * entry. The Campaign row has no version column, so its `updatedAt` is the version: the save
 * carries the updatedAt the editor opened, and the update only matches while it is unchanged. A
 * colleague's save in between leaves 0 rows matched: nothing is written and the editor is told.
 * Every section's save moves updatedAt on, figures and ways to help included, so one token
 * guards them all. (Coats received in kind are counted without touching updatedAt: recording a
 * delivery changes nothing an editor is typing.)
 */
export async function saveAppealSection(
  db: Db,
  campaignId: string,
  version: Date,
  change: AppealChange,
  actorId: string,
  now: Date = new Date(),
): Promise<SaveAppealOutcome> {
  return db.$transaction(async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id: campaignId }, select: scalarSelect });
    if (!before) return { ok: false as const, reason: "not-found" as const };
    // Strictly later than the version it replaces, even within the same millisecond.
    const next = new Date(Math.max(now.getTime(), version.getTime() + 1));
    const fields: Prisma.CampaignUpdateManyMutationInput = "fields" in change ? change.fields : {};
    const { count } = await tx.campaign.updateMany({ where: { id: campaignId, updatedAt: version }, data: { ...fields, updatedAt: next } });
    if (count === 0) return { ok: false as const, reason: "conflict" as const };

    let details: Prisma.InputJsonValue;
    if (change.section === "figures") {
      await tx.situationFigure.deleteMany({ where: { campaignId } });
      await tx.situationFigure.createMany({ data: change.figures.map((f, position) => ({ ...f, campaignId, position })) });
      details = { figures: change.figures.map((f) => `${f.qualifier.toLowerCase()} ${f.count} in ${f.place}`) };
    } else if (change.section === "ways") {
      await tx.wayToHelp.deleteMany({ where: { campaignId } });
      await tx.wayToHelp.createMany({ data: change.ways.map((w, position) => ({ ...w, campaignId, position })) });
      details = { ways: change.ways.map((w) => w.title) };
    } else {
      const changed = Object.entries(change.fields)
        .filter(([key, value]) => before[key as keyof typeof before] !== value)
        .map(([key]) => key);
      // Money and the goal are worth seeing side by side in the log; prose is named, not copied.
      details =
        change.section === "goal"
          ? {
              changed,
              before: { goalCoats: before.goalCoats, coatPricePence: before.coatPricePence, packPricePence: before.packPricePence },
              after: change.fields,
            }
          : { changed };
    }
    await recordAudit(tx, { actorId, action: `appeal.${change.section}`, subject: before.slug, details });
    return {
      ok: true as const,
      version: next,
      before: { goalCoats: before.goalCoats, coatPricePence: before.coatPricePence, packPricePence: before.packPricePence },
    };
  });
}
