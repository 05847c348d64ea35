"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { tags } from "@/lib/cache/tags";
import {
  APPEAL_PAGES,
  COPY_PAGE,
  copyFields,
  copyFormSchema,
  figuresFormSchema,
  goalFormSchema,
  videoFormSchema,
  waysFormSchema,
} from "@/lib/campaign/appeal-form-schemas";
import { wayField } from "@/lib/campaign/way-fields";
import { figureRowValues } from "@/lib/campaign/figure-rows";
import { inKindFormSchema } from "@/lib/campaign/in-kind-form-schema";
import { goalSavedMessage } from "@/lib/campaign/goal-saved-message";
import { poundsForInput } from "@/lib/campaign/pounds";
import { figuresThatMoved, textsStatingFigures } from "@/lib/campaign/texts-stating-figures";
import { recordInKindDelivery } from "@/lib/campaign/record-in-kind-delivery";
import { removeInKindDelivery } from "@/lib/campaign/remove-in-kind-delivery";
import { saveAppealSection, type AppealChange } from "@/lib/campaign/save-appeal-section";
import { db } from "@/lib/db";
import { formatUkDate } from "@/lib/format/date";
import { formatCount } from "@/lib/format/money";
import type { FormState } from "@/lib/forms/form-state";
import { StaffRole } from "@/lib/generated/prisma/enums";
import type { PriceFacts } from "@/lib/markdown/placeholders";

const conflict =
  "Someone else changed the appeal after you opened this page, so your changes have not been saved. They are still below: copy anything you need, reload the page to see the latest version, then make your change again.";

/**
 * Saves a section against the version the editor opened and refreshes the public pages at once.
 * `values` are the saved values as the form should now show them, with the new version.
 */
async function save(
  version: Date,
  change: AppealChange,
  actorId: string,
  values: Record<string, string>,
  message: string | ((before: PriceFacts) => string | Promise<string>),
): Promise<FormState> {
  const campaign = await db.campaign.findFirst({ select: { id: true }, orderBy: { createdAt: "desc" } });
  if (!campaign) return { status: "error", message: "There is no appeal to edit yet." };
  const result = await saveAppealSection(db, campaign.id, version, change, actorId);
  if (!result.ok)
    return { status: "error", outcome: result.reason, message: result.reason === "conflict" ? conflict : "The appeal could not be found. Reload the page." };
  // The home page, the donate page and every page's metadata read the campaign; so do posts and
  // site pages, which state prices through placeholders (their readers carry tags.campaign too);
  // progress derives from the goal and the coat price.
  updateTag(tags.campaign);
  if (change.section === "goal") updateTag(tags.progress);
  revalidatePath("/admin/appeal", "layout");
  const said = typeof message === "string" ? message : await message(result.before);
  return { status: "success", message: said, values: { ...values, version: result.version.toISOString() } };
}

const published = "Saved. The home page shows it now.";

/**
 * The appeal's words: editors and admins. Every section's answer to a post without script is kept
 * in the database for its page (lib/forms/kept-answers.ts), like a site page's: pages of text do
 * not fit in the address, and a refusal must not lose what was typed.
 */
export const saveCopyAction = keepingAnswersFor(
  () => COPY_PAGE,
  () => db,
  staffAction(StaffRole.EDITOR, copyFormSchema, async ({ version, ...fields }, staff) =>
    save(version, { section: "copy", fields }, staff.id, Object.fromEntries(copyFields.map((k) => [k, fields[k]])), published),
  ),
);

/** The goal and the prices, which decide what donors are charged: admins only. */
export const saveGoalAction = keepingAnswersFor(
  () => APPEAL_PAGES.goal,
  () => db,
  staffAction(StaffRole.ADMIN, goalFormSchema, async ({ version, ...fields }, staff) =>
    save(
      version,
      { section: "goal", fields },
      staff.id,
      { goalCoats: String(fields.goalCoats), coatPricePence: poundsForInput(fields.coatPricePence), packPricePence: poundsForInput(fields.packPricePence) },
      async (before) => goalSavedMessage(before, fields, await textsStatingFigures(db, figuresThatMoved(before, fields))),
    ),
  ),
);

export const saveVideoAction = keepingAnswersFor(
  () => APPEAL_PAGES.video,
  () => db,
  staffAction(StaffRole.EDITOR, videoFormSchema, async ({ version, ...fields }, staff) =>
    save(
      version,
      { section: "video", fields },
      staff.id,
      { videoTitle: fields.videoTitle, videoUrl: fields.videoUrl ?? "" },
      fields.videoUrl ? "Saved. The home page shows the video now." : "Saved. The home page shows no video now.",
    ),
  ),
);

export const saveWaysAction = keepingAnswersFor(
  () => APPEAL_PAGES.ways,
  () => db,
  staffAction(StaffRole.EDITOR, waysFormSchema, async ({ version, ways }, staff) =>
    save(
      version,
      { section: "ways", ways },
      staff.id,
      Object.fromEntries(
        ways.flatMap((w, i) => [
          [wayField(i, "title"), w.title],
          [wayField(i, "body"), w.body],
          [wayField(i, "ctaLabel"), w.ctaLabel],
          [wayField(i, "ctaHref"), w.ctaHref],
        ]),
      ),
      published,
    ),
  ),
);

/** Saves the figures: added, removed and reordered as the form says. */
export const saveFiguresAction = keepingAnswersFor(
  () => APPEAL_PAGES.figures,
  () => db,
  staffAction(StaffRole.EDITOR, figuresFormSchema, async ({ version, figures }, staff) =>
    save(
      version,
      { section: "figures", figures: figures.map(({ key: _key, ...f }) => f) },
      staff.id,
      figureRowValues(figures.map((f) => ({ ...f, count: String(f.count) }))),
      published,
    ),
  ),
);

/** Coats handed in: added to the count toward the goal at once. */
export const recordInKindAction = keepingAnswersFor(
  () => APPEAL_PAGES.inKind,
  () => db,
  staffAction(StaffRole.EDITOR, inKindFormSchema, async (input, staff) => {
    const result = await recordInKindDelivery(db, input, staff.id);
    if (!result.ok) {
      return result.reason === "unknown-point"
        ? { status: "error", fieldErrors: { donationPointId: "That drop-off point no longer exists: choose another" } }
        : { status: "error", message: "There is no appeal to count coats toward yet." };
    }
    updateTag(tags.progress);
    revalidatePath("/admin/appeal", "layout");
    const when = formatUkDate(new Date(`${input.receivedOn}T12:00:00Z`));
    return {
      status: "success",
      outcome: `recorded-${input.coats}`,
      message: `Recorded ${formatCount(input.coats)} ${input.coats === 1 ? "coat" : "coats"} received on ${when}. The appeal now counts ${formatCount(result.coatsReceivedInKind)} coats given in kind.`,
    };
  }),
);

/** Removes a delivery recorded by mistake, after the confirmation page. */
export const removeInKindAction = keepingAnswersFor(
  () => APPEAL_PAGES.inKind,
  () => db,
  staffAction(StaffRole.EDITOR, z.object({ id: z.string().min(1).max(64), confirm: z.literal("yes") }), async ({ id }, staff) => {
    const result = await removeInKindDelivery(db, id, staff.id);
    if (!result.ok) return { status: "error", outcome: "gone", message: "That record has already been removed: the count was not changed again." };
    updateTag(tags.progress);
    revalidatePath("/admin/appeal", "layout");
    redirect(`/admin/appeal/in-kind?removed=${result.coats}`);
  }),
);
