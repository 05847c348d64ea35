import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { StaffRole } from "@/lib/generated/prisma/enums";

export type StaffChange = { ok: true; message: string } | { ok: false; message: string };

type Actor = { id: string };

/**
 * Locks every active admin's row, so two admins demoting or disabling each other at the same
 * moment are serialised and cannot leave the charity with no admin at all.
 */
async function lockActiveAdmins(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

/** Makes a member of staff an admin or an editor. Nobody changes their own role. */
export async function changeStaffRole(db: Db, actor: Actor, targetId: string, role: StaffRole): Promise<StaffChange> {
  if (targetId === actor.id) return { ok: false, message: "You can’t change your own role: ask another admin." };
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await tx.user.findUnique({ where: { id: targetId }, select: { email: true, role: true, disabledAt: true } });
    if (!target) return { ok: false, message: "That member of staff no longer exists." };
    if (target.role === role) return { ok: true, message: `${target.email} is already ${role === StaffRole.ADMIN ? "an admin" : "an editor"}.` };
    if (role === StaffRole.EDITOR && admins.includes(targetId) && admins.length === 1) {
      return { ok: false, message: "That is the only active admin: make someone else an admin first." };
    }
    await tx.user.update({ where: { id: targetId }, data: { role } });
    await recordAudit(tx, { actorId: actor.id, action: "staff.role", subject: target.email, details: { from: target.role, to: role } });
    return { ok: true, message: `${target.email} is now ${role === StaffRole.ADMIN ? "an admin" : "an editor"}.` };
  });
}

/**
 * Disables a member of staff: they are signed out at once (their sessions are deleted in the same
 * transaction) and can no longer sign in. Or enables them again. Nobody disables themselves, and
 * the last active admin cannot be disabled.
 */
export async function setStaffDisabled(db: Db, actor: Actor, targetId: string, disabled: boolean): Promise<StaffChange> {
  if (targetId === actor.id) return { ok: false, message: "You can’t disable your own account." };
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await tx.user.findUnique({ where: { id: targetId }, select: { email: true, disabledAt: true } });
    if (!target) return { ok: false, message: "That member of staff no longer exists." };
    if (disabled === (target.disabledAt !== null)) {
      return { ok: true, message: `${target.email} is already ${disabled ? "disabled" : "active"}.` };
    }
    if (disabled && admins.includes(targetId) && admins.length === 1) {
      return { ok: false, message: "That is the only active admin: make someone else an admin first." };
    }
    await tx.user.update({ where: { id: targetId }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled) await tx.session.deleteMany({ where: { userId: targetId } });
    await recordAudit(tx, { actorId: actor.id, action: disabled ? "staff.disable" : "staff.enable", subject: target.email });
    return { ok: true, message: disabled ? `${target.email} is disabled and has been signed out.` : `${target.email} can sign in again.` };
  });
}
