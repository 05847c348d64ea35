import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { LastEdited } from "@/app/admin/pages/last-edited";
import { PageEditor } from "@/app/admin/pages/page-editor";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { findPriceFacts } from "@/lib/campaign/queries";
import { renderMarkdownAsShown } from "@/lib/campaign/render-markdown-as-shown";
import { db } from "@/lib/db";
import { editablePage, pageEditorPath } from "@/lib/site-pages/editable-pages";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { findPageForEditing } from "@/lib/site-pages/find-page-for-editing";
import { PAGE_BODY_MAX, PAGE_DESCRIPTION_MAX, PAGE_TITLE_MAX } from "@/lib/site-pages/page-form-schema";
import { placeholderParams } from "@/lib/staff/placeholder-params";

export const metadata: Metadata = { title: "Edit a site page" };
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return placeholderParams("slug");
}

export default async function EditSitePage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const page = editablePage((await params).slug);
  if (!page) notFound();
  if (!allowed(staff, page.role)) {
    return <AdminsOnly reason={`Only admins can change the ${page.name.toLowerCase()}: it is one of the charity’s legal statements.`} />;
  }
  // A save posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [current, facts, kept] = await Promise.all([
    findPageForEditing(db, page),
    findPriceFacts(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: pageEditorPath(page.slug) })),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Edit “{page.name}”</h1>
        <Link href={`/${page.slug}`}>View on the site</Link>
      </div>
      <p className="text-ink-soft">
        {current.updatedAt ? (
          <LastEdited updatedAt={current.updatedAt} by={current.updatedBy} />
        ) : (
          "Not edited here yet: this is the text the site was set up with."
        )}
      </p>
      <PlaceholderHelp facts={facts} />
      <PageEditor
        page={{ slug: page.slug, version: current.version, title: current.title, description: current.description, body: current.body }}
        kept={kept}
        initialPreview={await renderMarkdownAsShown(db, kept?.values?.body ?? current.body)}
        limits={{ title: PAGE_TITLE_MAX, description: PAGE_DESCRIPTION_MAX, body: PAGE_BODY_MAX }}
      />
    </div>
  );
}
