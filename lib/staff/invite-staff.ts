import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { queues, type Enqueue } from "@/lib/queue/jobs";

export type InviteOutcome = { ok: true; id: string } | { ok: false; reason: "already-staff" };

/**
 * Adds a colleague to the staff list with the role given, and queues their invitation email, in
 * one transaction with the audit entry: an invitation is either all there (member, entry, email
 * on its way) or not at all. An address already on the list is refused and nothing is sent.
 */
export async function inviteStaff(db: Db, enqueue: Enqueue, actor: { id: string }, input: { email: string; role: StaffRole }): Promise<InviteOutcome> {
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: false as const, reason: "already-staff" as const };
    const member = await tx.user.create({ data: { email: input.email, role: input.role, invitedById: actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "staff.invite", subject: input.email, details: { role: input.role, id: member.id } });
    await enqueue(queues.staffInvitation, { userId: member.id }, { tx });
    return { ok: true as const, id: member.id };
  });
}
