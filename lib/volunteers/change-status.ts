import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";

export type StatusChange =
  | { ok: true; changed: boolean; from: VolunteerStatus; to: VolunteerStatus }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict"; current: VolunteerStatus };

/**
 * Moves an application to another status (any direction), recording who did it, from what and
 * to what, in the same transaction. `seen` is the status the admin was looking at: if a colleague
 * changed it in between, nothing is written and the admin is told.
 */
export async function changeVolunteerStatus(
  db: Db,
  input: { id: string; status: VolunteerStatus; seen: VolunteerStatus },
  actorId: string,
): Promise<StatusChange> {
  return db.$transaction(async (tx) => {
    if (input.status === input.seen) {
      const current = await tx.volunteerApplication.findUnique({ where: { id: input.id }, select: { status: true } });
      if (!current) return { ok: false as const, reason: "not-found" as const };
      if (current.status !== input.seen) return { ok: false as const, reason: "conflict" as const, current: current.status };
      return { ok: true as const, changed: false, from: input.seen, to: input.status };
    }
    const { count } = await tx.volunteerApplication.updateMany({ where: { id: input.id, status: input.seen }, data: { status: input.status } });
    if (count === 0) {
      const current = await tx.volunteerApplication.findUnique({ where: { id: input.id }, select: { status: true } });
      return current ? { ok: false as const, reason: "conflict" as const, current: current.status } : { ok: false as const, reason: "not-found" as const };
    }
    await recordAudit(tx, { actorId, action: "volunteer.status", subject: input.id, details: { from: input.seen, to: input.status } });
    return { ok: true as const, changed: true, from: input.seen, to: input.status };
  });
}
