"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { tags } from "@/lib/cache/tags";
import { currentStaff } from "@/lib/auth/current-staff";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { postFormSchema } from "@/lib/posts/post-form-schema";
import { savePost } from "@/lib/posts/save-post";

const messages = {
  conflict: "Someone else saved this post since you opened it. Copy your changes, reload the page to see theirs, and save again.",
  "slug-taken": "Another post already uses that address. Choose a different one.",
  "not-found": "This post no longer exists.",
};

/** Editors and admins save, publish, schedule and unpublish posts. */
export const savePostAction = staffAction(StaffRole.EDITOR, postFormSchema, async (form, staff) => {
  const result = await savePost(db, form, staff.id);
  if (!result.ok) {
    return {
      status: "error",
      message: messages[result.reason],
      ...(result.reason === "slug-taken" ? { fieldErrors: { slug: messages["slug-taken"] } } : {}),
    };
  }
  // Refresh every page that shows posts at once: the editor sees their change immediately.
  updateTag(tags.posts);
  for (const slug of result.slugs) updateTag(tags.post(slug));
  if (!form.id) redirect(`/admin/posts/${result.id}?saved=${form.intent}`);
  return { status: "success", message: form.intent === "publish" ? "Published." : form.intent === "schedule" ? "Scheduled." : form.intent === "unpublish" ? "Unpublished: it is a draft again." : "Saved.", values: { version: String(result.version) } };
});

/** The live preview: the very function the public page renders with. */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  if (!(await currentStaff())) return "";
  return renderMarkdown(z.string().max(50_000).catch("").parse(markdown));
}
