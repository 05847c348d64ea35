import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { adjustCoatsInKind } from "./adjust-coats-in-kind";

export type RemoveInKindOutcome = { ok: true; coats: number } | { ok: false; reason: "not-found" };

/**
 * Removes a delivery recorded by mistake and takes its coats off the count, in one transaction.
 * Only the transaction whose delete removed the row takes the coats away: two people pressing
 * "remove" at once (the second delete waits for the first, then finds nothing) decrement once.
 */
export async function removeInKindDelivery(db: Db, id: string, actorId: string): Promise<RemoveInKindOutcome> {
  return db.$transaction(async (tx) => {
    const delivery = await tx.inKindDelivery.findUnique({ where: { id }, select: { campaignId: true, coats: true, receivedOn: true } });
    if (!delivery) return { ok: false as const, reason: "not-found" as const };
    const { count } = await tx.inKindDelivery.deleteMany({ where: { id } });
    if (count === 0) return { ok: false as const, reason: "not-found" as const };
    await adjustCoatsInKind(tx, delivery.campaignId, -delivery.coats);
    await recordAudit(tx, {
      actorId,
      action: "in-kind.remove",
      subject: id,
      details: { coats: delivery.coats, receivedOn: delivery.receivedOn.toISOString().slice(0, 10) },
    });
    return { ok: true as const, coats: delivery.coats };
  });
}
