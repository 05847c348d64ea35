import { StaffRole } from "@/lib/generated/prisma/enums";

/**
 * The staff area's sections, in the order the navigation lists them, with the role each needs.
 * Editors publish and keep the appeal and drop-off points current; everything holding money or
 * donors', subscribers' or volunteers' personal data is for admins. An editor asking for an
 * admin's page is answered 403 (lib/security/staff-door.ts) with the page's own reason.
 */
export const staffSections = [
  { href: "/admin", label: "Overview", role: StaffRole.EDITOR },
  { href: "/admin/posts", label: "Posts", role: StaffRole.EDITOR },
  { href: "/admin/appeal", label: "The appeal", role: StaffRole.EDITOR },
  { href: "/admin/donation-points", label: "Drop-off points", role: StaffRole.EDITOR },
  { href: "/admin/donations", label: "Donations", role: StaffRole.ADMIN },
  { href: "/admin/gift-aid", label: "Gift Aid", role: StaffRole.ADMIN },
  // ── Coat drives (issue #18): they hold organisers' addresses and each drive's money ──
  { href: "/admin/coat-drives", label: "Coat drives", role: StaffRole.ADMIN },
  // ── end coat drives ──
  { href: "/admin/volunteers", label: "Volunteers", role: StaffRole.ADMIN },
  { href: "/admin/subscribers", label: "Subscribers", role: StaffRole.ADMIN },
  { href: "/admin/newsletters", label: "Newsletters", role: StaffRole.ADMIN },
  { href: "/admin/staff", label: "Staff", role: StaffRole.ADMIN },
  { href: "/admin/audit", label: "Audit log", role: StaffRole.ADMIN },
] as const;

export type StaffSection = (typeof staffSections)[number];

/** The section a staff address belongs to: the longest matching prefix ("/admin" only for itself). */
export function sectionOf(pathname: string): StaffSection | undefined {
  return staffSections
    .filter((s) => pathname === s.href || (s.href !== "/admin" && pathname.startsWith(`${s.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/** Whether only admins may see this staff address (every page in an admin's section). */
export function isAdminsOnlyPage(pathname: string): boolean {
  return sectionOf(pathname)?.role === StaffRole.ADMIN;
}
