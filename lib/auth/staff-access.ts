import type { Db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";

/** Whether an address may sign in: an active member of staff, or listed in ADMIN_EMAILS. */
export async function maySignIn(db: Db, email: string, adminEmails: string[]): Promise<boolean> {
  const normalised = email.trim().toLowerCase();
  if (adminEmails.includes(normalised)) return true;
  const staff = await db.user.findUnique({ where: { email: normalised }, select: { disabledAt: true } });
  return staff !== null && staff.disabledAt === null;
}

const rank: Record<StaffRole, number> = { [StaffRole.EDITOR]: 1, [StaffRole.ADMIN]: 2 };

/** Admins may do everything editors may. */
export function hasRole(role: StaffRole, needed: StaffRole): boolean {
  return rank[role] >= rank[needed];
}
