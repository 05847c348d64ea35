import "server-only";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { currentStaff, type Staff } from "./current-staff";
import { hasRole } from "./staff-access";

/** For admin route handlers: the member of staff, or the response to send instead (401/403). */
export async function staffOrRefusal(needed: StaffRole): Promise<{ staff: Staff; refusal: null } | { staff: null; refusal: Response }> {
  const staff = await currentStaff();
  if (!staff) return { staff: null, refusal: new Response("Sign in first.\n", { status: 401, headers: { "Cache-Control": "no-store" } }) };
  if (!hasRole(staff.role, needed)) return { staff: null, refusal: new Response("Admins only.\n", { status: 403, headers: { "Cache-Control": "no-store" } }) };
  return { staff, refusal: null };
}
