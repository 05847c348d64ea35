"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { tags } from "@/lib/cache/tags";
import { currentStaff, type Staff } from "@/lib/auth/current-staff";
import { keepingAnswersFor } from "@/lib/auth/keep-staff-answers";
import { staffAction } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { MAX_IMAGE_BYTES } from "@/lib/images/image-limits";
import { processPageImage, type ProcessedPageImage } from "@/lib/images/page-image";
import { releasePageImageAfterCommit } from "@/lib/images/page-image-store";
import { imageRefusalMessage } from "@/lib/images/upload-image";
import { renderMarkdownAsShown } from "@/lib/campaign/render-markdown-as-shown";
import { POST_BODY_MAX, postFormSchema, type PostForm } from "@/lib/posts/post-form-schema";
import { savePost } from "@/lib/posts/save-post";
import { storage } from "@/lib/storage";
import { formatCount } from "@/lib/format/money";

const messages = {
  conflict: "Someone else saved this post since you opened it. Copy your changes, reload the page to see theirs, and save again.",
  "slug-taken": "Another post already uses that address. Choose a different one.",
  "not-found": "This post no longer exists.",
  "alt-missing": "Please check the highlighted answers.",
  "storage-failed": "We couldn’t store the image just now. Please try again in a minute.",
};
const altMissing = "Describe the image for people who can’t see it, for example “Volunteers handing out coats by the canal in Calais”.";
// A browser cannot put a chosen file back in a form it shows again, so every refusal says so.
const chooseAgain = "Your image wasn’t saved: please choose it again.";

/** The editor a post's form comes back to. */
const editorPath = (id: string | undefined) => (id ? `/admin/posts/${encodeURIComponent(id)}` : "/admin/posts/new");

/**
 * Editors and admins save, publish, schedule and unpublish posts, and give them a cover image. A
 * post without script gets its answer kept for the editor's page (lib/forms/kept-answers.ts): a
 * refusal comes back with everything typed, however long the post.
 */
export const savePostAction = keepingAnswersFor(
  (form) => editorPath(String(form.get("id") ?? "") || undefined),
  () => db,
  answerSave,
);

async function answerSave(previous: FormState, data: FormData): Promise<FormState> {
  const chosen = data.get("cover");
  const file = chosen instanceof File && chosen.size > 0 ? chosen : null;
  const result = await staffAction(StaffRole.EDITOR, postFormSchema, (form, staff) => save(form, file, staff))(previous, data);
  // "Publish at" as it was typed (the schema turns it into an instant).
  if (result.status === "success") return { ...result, values: { ...result.values, publishAt: String(data.get("publishAt") ?? "") } };
  if (result.status !== "error" || !file) return result;
  const altTyped = String(data.get("coverAlt") ?? "").trim() !== "";
  return {
    ...result,
    fieldErrors: {
      ...result.fieldErrors,
      cover: result.fieldErrors?.cover ?? chooseAgain,
      ...(altTyped || result.fieldErrors?.coverAlt ? {} : { coverAlt: altMissing }),
    },
  };
}

async function save(form: PostForm, file: File | null, staff: Staff): Promise<FormState> {
  let image: ProcessedPageImage | null = null;
  if (file) {
    // The size first: no point reading 10 MB to refuse it.
    const processed =
      file.size > MAX_IMAGE_BYTES ? ({ ok: false, reason: "too-large" } as const) : await processPageImage(new Uint8Array(await file.arrayBuffer()));
    if (!processed.ok || !form.coverAlt) {
      const fieldErrors = { ...(processed.ok ? {} : { cover: imageRefusalMessage(processed) }), ...(form.coverAlt ? {} : { coverAlt: altMissing }) };
      return { status: "error", message: "Please check the highlighted answers.", fieldErrors };
    }
    image = processed;
  }

  const files = storage();
  const result = await savePost(db, form, staff.id, new Date(), image ? { image, storage: files } : undefined);
  if (!result.ok) {
    return {
      status: "error",
      message: messages[result.reason],
      ...(result.reason === "slug-taken" ? { fieldErrors: { slug: messages["slug-taken"] } } : {}),
      ...(result.reason === "alt-missing" ? { fieldErrors: { coverAlt: altMissing } } : {}),
    };
  }
  // Refresh every page that shows posts at once: the editor sees their change immediately.
  updateTag(tags.posts);
  for (const slug of result.slugs) updateTag(tags.post(slug));
  // The old image goes only now the post no longer points at it. If that fails, the post is
  // still right; the unused file stays behind and is logged.
  await releasePageImageAfterCommit(db, files, result.releasedCover, "a replaced cover image");
  if (!form.id) redirect(`/admin/posts/${result.id}?saved=${form.intent}`);
  return {
    status: "success",
    message:
      form.intent === "publish"
        ? "Published."
        : form.intent === "schedule"
          ? "Scheduled."
          : form.intent === "unpublish"
            ? "Unpublished: it is a draft again."
            : "Saved.",
    // The form shows what it saved: every field as sent, the address as it now is.
    values: {
      version: String(result.version),
      title: form.title,
      slug: result.slugs.at(-1) ?? form.slug,
      category: form.category,
      excerpt: form.excerpt,
      body: form.body,
      authorName: form.authorName ?? "",
      coverAlt: form.coverAlt ?? "",
    },
  };
}

/**
 * The live preview: the very function the public page renders with, placeholders filled. A post over the limit is
 * not previewed cut short: the preview says why it stops, as the field will on saving.
 */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  if (!(await currentStaff())) return "";
  const body = z.string().max(POST_BODY_MAX).safeParse(markdown);
  return renderMarkdownAsShown(
    db,
    body.success
      ? body.data
      : `*The preview stops here: the post is longer than ${formatCount(POST_BODY_MAX)} characters, so it can’t be saved. Shorten it to see it again.*`,
  );
}
