import { StaffRole } from "@/lib/generated/prisma/enums";
import { editablePage } from "@/lib/site-pages/editable-pages";

/**
 * The staff area's sections, in the order the navigation lists them, with the role each needs.
 * Editors publish and keep the appeal and drop-off points current; everything holding money or
 * donors', subscribers' or volunteers' personal data is for admins. An editor asking for an
 * admin's page is answered 403 at the door (lib/security/staff-door.ts) with the section's reason
 * (`refusal`, the same words the section's pages show).
 */
export const staffSections = [
  { href: "/admin", label: "Overview", role: StaffRole.EDITOR },
  { href: "/admin/posts", label: "Posts", role: StaffRole.EDITOR },
  { href: "/admin/appeal", label: "The appeal", role: StaffRole.EDITOR },
  { href: "/admin/donation-points", label: "Drop-off points", role: StaffRole.EDITOR },
  { href: "/admin/pages", label: "Site pages", role: StaffRole.EDITOR },
  { href: "/admin/coat-wall", label: "Coat wall", role: StaffRole.EDITOR },
  {
    href: "/admin/coat-drives",
    label: "Coat drives",
    role: StaffRole.ADMIN,
    refusal: "Only admins can see coat drives: they hold organisers’ contact details and each drive’s money.",
  },
  { href: "/admin/donations", label: "Donations", role: StaffRole.ADMIN, refusal: "Only admins can see donations." },
  { href: "/admin/gift-aid", label: "Gift Aid", role: StaffRole.ADMIN, refusal: "Only admins can make Gift Aid claims." },
  {
    href: "/admin/volunteers",
    label: "Volunteers",
    role: StaffRole.ADMIN,
    refusal: "Only admins can see volunteers’ applications: they hold people’s contact details.",
  },
  {
    href: "/admin/subscribers",
    label: "Subscribers",
    role: StaffRole.ADMIN,
    refusal: "Only admins can see the mailing list: it holds people’s email addresses.",
  },
  { href: "/admin/newsletters", label: "Newsletters", role: StaffRole.ADMIN, refusal: "Only admins can send updates to the mailing list." },
  { href: "/admin/staff", label: "Staff", role: StaffRole.ADMIN, refusal: "Only admins can see and invite staff." },
  { href: "/admin/audit", label: "Audit log", role: StaffRole.ADMIN, refusal: "Only admins can read the audit log." },
] as const;

export type StaffSection = (typeof staffSections)[number];

/** The section a staff address belongs to: the longest matching prefix ("/admin" only for itself). */
export function sectionOf(pathname: string): StaffSection | undefined {
  return staffSections
    .filter((s) => pathname === s.href || (s.href !== "/admin" && pathname.startsWith(`${s.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/**
 * Whether only admins may see this staff address: every page in an admin's section, and within
 * the editors' site pages, the editor of a page only admins may change (the legal statements).
 */
export function isAdminsOnlyPage(pathname: string): boolean {
  if (sectionOf(pathname)?.role === StaffRole.ADMIN) return true;
  const page = /^\/admin\/pages\/([^/]+)$/.exec(pathname)?.[1];
  return page !== undefined && editablePage(page)?.role === StaffRole.ADMIN;
}

/** Why an editor may not see this admins' address, in the words its page uses; null for editors' pages. */
export function adminsOnlyReason(pathname: string): string | null {
  const section = sectionOf(pathname);
  if (section && "refusal" in section) return section.refusal;
  const page = /^\/admin\/pages\/([^/]+)$/.exec(pathname)?.[1];
  const editable = page === undefined ? undefined : editablePage(page);
  return editable?.role === StaffRole.ADMIN ? `Only admins can change the ${editable.name.toLowerCase()}: it is one of the charity’s legal statements.` : null;
}
