import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { adjustCoatsInKind } from "./adjust-coats-in-kind";
import type { InKindForm } from "./in-kind-form-schema";

export type RecordInKindOutcome = { ok: true; id: string; coatsReceivedInKind: number } | { ok: false; reason: "no-campaign" | "unknown-point" };

/**
 * Records coats handed in and adds them to the campaign's count, in one transaction with the
 * audit entry: the goal counts each delivery exactly once.
 */
export async function recordInKindDelivery(db: Db, input: InKindForm, actorId: string): Promise<RecordInKindOutcome> {
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findFirst({ select: { id: true, slug: true }, orderBy: { createdAt: "desc" } });
    if (!campaign) return { ok: false as const, reason: "no-campaign" as const };
    const point = input.donationPointId ? await tx.donationPoint.findUnique({ where: { id: input.donationPointId }, select: { name: true } }) : null;
    if (input.donationPointId && !point) return { ok: false as const, reason: "unknown-point" as const };
    const delivery = await tx.inKindDelivery.create({
      data: {
        campaignId: campaign.id,
        coats: input.coats,
        receivedOn: new Date(`${input.receivedOn}T00:00:00Z`),
        donationPointId: input.donationPointId,
        note: input.note,
        recordedById: actorId,
      },
      select: { id: true },
    });
    await adjustCoatsInKind(tx, campaign.id, input.coats);
    await recordAudit(tx, {
      actorId,
      action: "in-kind.record",
      subject: delivery.id,
      details: { coats: input.coats, receivedOn: input.receivedOn, point: point?.name ?? null },
    });
    const { coatsReceivedInKind } = await tx.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { coatsReceivedInKind: true } });
    return { ok: true as const, id: delivery.id, coatsReceivedInKind };
  });
}
