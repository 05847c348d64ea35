import type { Metadata } from "next";
import Link from "next/link";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { editablePages, pageEditorPath } from "@/lib/site-pages/editable-pages";
import { LastEdited } from "@/app/admin/pages/last-edited";

export const metadata: Metadata = { title: "Site pages" };
export const instant = false;

/** The site's pages of prose, who may edit each, and who edited it last. */
export default async function SitePagesList() {
  const staff = await requireStaff();
  const saved = await db.sitePage.findMany({
    where: { slug: { in: editablePages.map((p) => p.slug) } },
    select: { slug: true, title: true, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold">Site pages</h1>
      <p className="max-w-prose text-ink-soft">
        The pages of prose linked from the foot of every page. Editors keep “About us” current; the privacy notice and the accessibility statement are the
        charity’s legal statements, so only admins change them.
      </p>
      <ul className="space-y-4">
        {editablePages.map((page) => {
          const row = saved.find((s) => s.slug === page.slug);
          const mayEdit = allowed(staff, page.role);
          return (
            <li key={page.slug} className="rounded-3xl bg-white p-6 ring-1 ring-ink/10">
              <h2 className="text-2xl font-semibold">
                {mayEdit ? <Link href={pageEditorPath(page.slug)}>{row?.title ?? page.name}</Link> : (row?.title ?? page.name)}
              </h2>
              <p className="mt-1 text-ink-soft">
                {page.purpose} On the site at <Link href={`/${page.slug}`}>/{page.slug}</Link>.
              </p>
              <p className="mt-2 text-sm text-ink-muted">
                {row ? <LastEdited updatedAt={row.updatedAt} by={row.updatedBy} /> : "Not edited here yet: the site shows the text it was set up with."}
              </p>
              {mayEdit ? null : <p className="mt-2 text-sm font-semibold">Only admins can edit this page.</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
