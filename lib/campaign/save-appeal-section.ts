import type { Db } from "@/lib/db";
import { changedFields, changedItems } from "@/lib/audit/changed-fields";
import { recordAudit, type AuditChanges } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appealFieldsSelect } from "./find-campaign-for-editing";
import type { CopyForm, FigureInput, GoalForm, VideoForm, WaysForm } from "./appeal-form-schemas";
import { formatCount } from "@/lib/format/money";

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
const figureSelect = { place: true, count: true, qualifier: true, note: true } as const;
const waySelect = { title: true, body: true, ctaLabel: true, ctaHref: true } as const;

/** A situation figure as one line for the log: "over 1,000 in Calais (sleeping rough)". */
function figureLine(f: { place: string; count: number; qualifier: string; note: string }): { line: string } {
  return { line: `${f.qualifier.toLowerCase()} ${formatCount(f.count)} in ${f.place}${f.note ? ` (${f.note})` : ""}` };
}

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

    // Only what changed, before → after, for the log.
    let changes: AuditChanges;
    if (change.section === "figures") {
      const was = await tx.situationFigure.findMany({ where: { campaignId }, select: figureSelect, orderBy: { position: "asc" } });
      await tx.situationFigure.deleteMany({ where: { campaignId } });
      await tx.situationFigure.createMany({ data: change.figures.map((f, position) => ({ ...f, campaignId, position })) });
      changes = changedItems("figure", was.map(figureLine), change.figures.map(figureLine), { line: "" });
    } else if (change.section === "ways") {
      const was = await tx.wayToHelp.findMany({ where: { campaignId }, select: waySelect, orderBy: { position: "asc" } });
      await tx.wayToHelp.deleteMany({ where: { campaignId } });
      await tx.wayToHelp.createMany({ data: change.ways.map((w, position) => ({ ...w, campaignId, position })) });
      changes = changedItems("way", was, change.ways, { title: "title", body: "text", ctaLabel: "button", ctaHref: "link" });
    } else {
      changes = changedFields(before, change.fields, Object.keys(change.fields) as (keyof typeof change.fields)[]);
    }
    await recordAudit(tx, { actorId, action: `appeal.${change.section}`, subject: before.slug, details: { changes } });
    return {
      ok: true as const,
      version: next,
      before: { goalCoats: before.goalCoats, coatPricePence: before.coatPricePence, packPricePence: before.packPricePence },
    };
  });
}
