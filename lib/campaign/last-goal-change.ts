import { z } from "zod";
import type { Db } from "@/lib/db";
import type { PriceFacts } from "@/lib/markdown/placeholders";

const figures = z.object({ goalCoats: z.number().int(), coatPricePence: z.number().int(), packPricePence: z.number().int() });
const goalDetails = z.object({ before: figures, after: figures });

/**
 * The goal and prices before and after this member of staff's latest save of them, from the audit
 * log (save-appeal-section.ts writes both): what a save made without JavaScript is confirmed
 * with, since the redirect back may carry only a fixed code, never words or figures a link could forge.
 */
export async function lastGoalChangeBy(db: Db, actorId: string): Promise<{ before: PriceFacts; after: PriceFacts } | null> {
  const entry = await db.auditLog.findFirst({ where: { actorId, action: "appeal.goal" }, orderBy: { createdAt: "desc" }, select: { details: true } });
  const parsed = goalDetails.safeParse(entry?.details);
  return parsed.success ? parsed.data : null;
}
