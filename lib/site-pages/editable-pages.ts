import { StaffRole } from "@/lib/generated/prisma/enums";

/**
 * The site's pages of prose that staff edit in /admin/pages, and who may edit each. Editors keep
 * /about current; /privacy and /accessibility are the charity's legal statements (what it does
 * with personal data, what the law asks of an accessibility statement), so only admins change
 * them. The staff door (lib/staff/sections.ts) answers an editor's request for an admin's
 * page with 403, and the page and its save check the role again beside the data.
 */
export const editablePages = [
  { slug: "about", name: "About us", role: StaffRole.EDITOR, purpose: "Who the charity is and what the appeal does." },
  { slug: "privacy", name: "Privacy notice", role: StaffRole.ADMIN, purpose: "The charity’s legal statement of what it does with personal data." },
  {
    slug: "accessibility",
    name: "Accessibility statement",
    role: StaffRole.ADMIN,
    purpose: "The charity’s legal statement of how accessible the site is and how to report a barrier.",
  },
] as const;

export type EditablePage = (typeof editablePages)[number];

export function editablePage(slug: string): EditablePage | undefined {
  return editablePages.find((p) => p.slug === slug);
}

/** The staff address of a page's editor. */
export const pageEditorPath = (slug: string) => `/admin/pages/${slug}`;
