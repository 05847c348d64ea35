import { z } from "zod";
import type { Db } from "@/lib/db";
import type { PriceFacts } from "@/lib/markdown/placeholders";

const figures = z.object({ goalCoats: z.number().int(), coatPricePence: z.number().int(), packPricePence: z.number().int() });
/** Rows written before the audit log kept only what changed: both sets of figures whole. */
const wholeDetails = z.object({ before: figures, after: figures });
const figure = z.object({ from: z.number().int(), to: z.number().int() });
/** save-appeal-section.ts: before → after of only the figures that changed. */
const changedDetails = z.object({ changes: z.object({ goalCoats: figure, coatPricePence: figure, packPricePence: figure }).partial() });

/**
 * The goal and prices before and after this member of staff's latest save of them, from the audit
 * log: what a save made without JavaScript is confirmed with, since the redirect back may carry
 * only a fixed code, never words or figures a link could forge. The log keeps only the figures
 * that changed; the others are read from the campaign as it stands, as that save left them.
 */
export async function lastGoalChangeBy(db: Db, actorId: string): Promise<{ before: PriceFacts; after: PriceFacts } | null> {
  const entry = await db.auditLog.findFirst({
    where: { actorId, action: "appeal.goal" },
    orderBy: { createdAt: "desc" },
    select: { subject: true, details: true },
  });
  if (!entry) return null;
  const whole = wholeDetails.safeParse(entry.details);
  if (whole.success) return whole.data;
  const changed = changedDetails.safeParse(entry.details);
  if (!changed.success) return null;
  const campaign = await db.campaign.findUnique({
    where: { slug: entry.subject },
    select: { goalCoats: true, coatPricePence: true, packPricePence: true },
  });
  if (!campaign) return null;
  const after: PriceFacts = { ...campaign };
  const before: PriceFacts = { ...campaign };
  for (const key of ["goalCoats", "coatPricePence", "packPricePence"] as const) {
    const change = changed.data.changes[key];
    if (change) {
      before[key] = change.from;
      after[key] = change.to;
    }
  }
  return { before, after };
}
