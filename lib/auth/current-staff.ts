import "server-only";
import { redirect } from "next/navigation";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { auth } from "./auth";
import { hasRole } from "./staff-access";

export type Staff = { id: string; email: string; role: StaffRole };

/** The signed-in member of staff, from the session in the database; null for anyone else. */
export async function currentStaff(): Promise<Staff | null> {
  const session = await auth();
  const user = session?.user as { id?: string; email?: string | null; role?: StaffRole | null } | undefined;
  if (!user?.id || !user.email || !user.role) return null;
  return { id: user.id, email: user.email, role: user.role };
}

/**
 * For admin pages: signed-out visitors go to the sign-in page; the page decides what a signed-in
 * member without the role sees (see `allowed`). Every page and action checks for itself: a
 * layout's or proxy's check does not protect what it wraps.
 */
export async function requireStaff(): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect("/admin/sign-in");
  return staff;
}

export function allowed(staff: Staff, needed: StaffRole): boolean {
  return hasRole(staff.role, needed);
}
