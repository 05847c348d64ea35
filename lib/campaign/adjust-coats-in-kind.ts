import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Adds (or, negative, takes away) coats received in kind, in the caller's transaction.
 * Plain SQL on purpose: Prisma's update would also move `updatedAt`, which is the appeal editor's
 * version token, and a delivery recorded while someone edits the copy is not a conflict.
 */
export async function adjustCoatsInKind(tx: Prisma.TransactionClient, campaignId: string, by: number) {
  await tx.$executeRaw`UPDATE "Campaign" SET "coatsReceivedInKind" = "coatsReceivedInKind" + ${by} WHERE id = ${campaignId}`;
}
