"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { currentStaff } from "@/lib/auth/current-staff";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { tags } from "@/lib/cache/tags";
import { renderMarkdownAsShown } from "@/lib/campaign/render-markdown-as-shown";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { pageEditorPath } from "@/lib/site-pages/editable-pages";
import { PAGE_BODY_MAX, pageFormSchema } from "@/lib/site-pages/page-form-schema";
import { saveSitePage } from "@/lib/site-pages/save-site-page";
import { formatCount } from "@/lib/format/money";

const refusals = {
  "not-editable": "That page can’t be edited here.",
  forbidden: "Only admins can change this page: it is one of the charity’s legal statements.",
  conflict: "Someone else saved this page since you opened it. Copy your changes, reload the page to see theirs, and save again.",
};

/**
 * Saves a site page. Editors and admins reach it (staffAction); which page each may change is
 * decided by saveSitePage beside the data. A save refreshes the public page on every server
 * through its cache tag (lib/cache/tags.ts; shared through PostgreSQL).
 */
export const savePageAction = keepingAnswersFor(
  (form) => pageEditorPath(encodeURIComponent(String(form.get("slug") ?? ""))),
  () => db,
  staffAction(StaffRole.EDITOR, pageFormSchema, async (form, staff) => {
    const saved = await saveSitePage(db, form, staff);
    if (!saved.ok) return { status: "error", message: refusals[saved.reason] };
    updateTag(tags.page(form.slug));
    return {
      status: "success",
      message: saved.changed ? "Saved. The page on the site shows your changes now." : "Saved. Nothing had changed.",
      values: { version: String(saved.version), title: form.title, description: form.description, body: form.body },
    };
  }),
);

/** The live preview: Markdown as the public page renders it (sanitised, placeholders filled). */
export async function previewPageAction(markdown: string): Promise<string> {
  if (!(await currentStaff())) return "";
  const body = z.string().max(PAGE_BODY_MAX).safeParse(markdown);
  return renderMarkdownAsShown(
    db,
    body.success
      ? body.data
      : `*The preview stops here: the page is longer than ${formatCount(PAGE_BODY_MAX)} characters, so it can’t be saved. Shorten it to see it again.*`,
  );
}
