import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { PostStatus } from "@/lib/generated/prisma/enums";
import type { PostForm } from "./post-form-schema";
import { slugify } from "./slugify";

export type SaveOutcome =
  | { ok: true; id: string; version: number; slugs: string[] }
  | { ok: false; reason: "conflict" | "slug-taken" | "not-found" };

/**
 * Saves a post as the button asked (draft, publish now, schedule, unpublish). The slug comes
 * from the title unless given, and must be unique. A save carries the version it was edited
 * from: if someone else saved in between, nothing is written and the editor is told.
 * Returns every slug whose pages must be refreshed (old and new, when the address changed).
 */
export async function savePost(db: Db, form: PostForm, actorId: string, now: Date = new Date()): Promise<SaveOutcome> {
  const slug = form.slug || slugify(form.title) || `post-${now.getTime()}`;
  const timing =
    form.intent === "publish"
      ? { status: PostStatus.PUBLISHED, publishedAt: now }
      : form.intent === "schedule"
        ? { status: PostStatus.SCHEDULED, publishedAt: new Date(form.publishAt ?? now) }
        : form.intent === "unpublish"
          ? { status: PostStatus.DRAFT, publishedAt: null }
          : null; // a draft save keeps the status it has
  const fields = { title: form.title, slug, category: form.category, excerpt: form.excerpt, body: form.body, authorName: form.authorName };

  return db.$transaction(async (tx) => {
    const clash = await tx.post.findUnique({ where: { slug }, select: { id: true } });
    if (clash && clash.id !== form.id) return { ok: false as const, reason: "slug-taken" as const };

    if (!form.id) {
      const created = await tx.post.create({ data: { ...fields, ...(timing ?? { status: PostStatus.DRAFT }) }, select: { id: true, version: true } });
      await recordAudit(tx, { actorId, action: `post.${form.intent === "draft" ? "create" : form.intent}`, subject: slug });
      return { ok: true as const, id: created.id, version: created.version, slugs: [slug] };
    }

    const before = await tx.post.findUnique({ where: { id: form.id }, select: { slug: true } });
    if (!before) return { ok: false as const, reason: "not-found" as const };
    const { count } = await tx.post.updateMany({
      where: { id: form.id, version: form.version },
      data: { ...fields, ...(timing ?? {}), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, reason: "conflict" as const };
    await recordAudit(tx, { actorId, action: `post.${form.intent === "draft" ? "edit" : form.intent}`, subject: slug, ...(before.slug !== slug ? { details: { previousSlug: before.slug } } : {}) });
    return { ok: true as const, id: form.id, version: form.version + 1, slugs: [...new Set([before.slug, slug])] };
  });
}
