import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { auth } from "./auth";
import { hasRole } from "./staff-access";

export type Staff = { id: string; email: string; role: StaffRole };

/**
 * The signed-in member of staff: the session (in the database) names the address, and the staff
 * record says who that is now; null for anyone else, and for a disabled account.
 *
 * Looked up once per request: the layout (for the menu) and the page (for its own check) share
 * the answer through React's `cache()`, whose memory is the one render of one request (never
 * shared between requests or people). Outside a render (a server action's body) it is not
 * memoised at all, so an action always reads the session and the role afresh.
 */
export const currentStaff = cache(readCurrentStaff);

async function readCurrentStaff(): Promise<Staff | null> {
  const email = (await auth())?.user?.email;
  if (!email) return null;
  const staff = await db.user.findUnique({ where: { email }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!staff || staff.disabledAt) return null;
  return { id: staff.id, email: staff.email, role: staff.role };
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
