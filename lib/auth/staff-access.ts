import type { Db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";

/**
 * Whether an address may sign in: an active member of staff, or listed in ADMIN_EMAILS. A
 * disabled account stays disabled even when ADMIN_EMAILS lists it.
 */
export async function maySignIn(db: Db, email: string, adminEmails: string[]): Promise<boolean> {
  const normalised = email.trim().toLowerCase();
  const staff = await db.user.findUnique({ where: { email: normalised }, select: { disabledAt: true } });
  if (staff) return staff.disabledAt === null;
  return adminEmails.includes(normalised);
}

const rank: Record<StaffRole, number> = { [StaffRole.EDITOR]: 1, [StaffRole.ADMIN]: 2 };

/** Admins may do everything editors may. */
export function hasRole(role: StaffRole, needed: StaffRole): boolean {
  return rank[role] >= rank[needed];
}
