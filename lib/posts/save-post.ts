import type { Db } from "@/lib/db";
import { changedFields } from "@/lib/audit/changed-fields";
import { recordAudit } from "@/lib/audit/record-audit";
import { PostStatus } from "@/lib/generated/prisma/enums";
import { StorageError } from "@/lib/storage/storage";
import type { PostForm } from "./post-form-schema";
import { storePageImage, type PageImageUpload } from "@/lib/images/page-image-store";
import { slugify } from "./slugify";

export type SaveOutcome =
  | {
      ok: true;
      id: string;
      version: number;
      slugs: string[];
      /** The cover this save let go (replaced or removed): release it once the save has committed. */
      releasedCover: string | null;
    }
  | { ok: false; reason: "conflict" | "slug-taken" | "not-found" | "alt-missing" | "storage-failed" };

/** A post's own fields, compared for the audit log. */
const postFields = ["title", "slug", "category", "excerpt", "body", "authorName"] as const;
const postFieldsSelect = { title: true, slug: true, category: true, excerpt: true, body: true, authorName: true } as const;

/** When a scheduled post goes live, for the log. */
function scheduled(timing: { status: PostStatus; publishedAt: Date | null } | null): { publishAt?: string } {
  return timing?.status === PostStatus.SCHEDULED && timing.publishedAt ? { publishAt: timing.publishedAt.toISOString() } : {};
}

/** A newly chosen cover image and where to store it. */
export type CoverUpload = PageImageUpload;

/**
 * Saves a post as the button asked (draft, publish now, schedule, unpublish). The slug comes
 * from the title unless given, and must be unique. A save carries the version it was edited
 * from: if someone else saved in between, nothing is written and the editor is told.
 * Returns every slug whose pages must be refreshed (old and new, when the address changed).
 *
 * The cover: a new upload replaces the current one, `removeCover` drops it, otherwise it stays;
 * whichever it is, a post with a cover needs its description (alt text). A new image's objects
 * are written inside the transaction, after every check has passed, so a refused save stores
 * nothing and a failed upload saves nothing.
 */
export async function savePost(db: Db, form: PostForm, actorId: string, now: Date = new Date(), upload?: CoverUpload): Promise<SaveOutcome> {
  const slug = form.slug || slugify(form.title) || `post-${now.getTime()}`;
  const timing =
    form.intent === "publish"
      ? { status: PostStatus.PUBLISHED, publishedAt: now }
      : form.intent === "schedule"
        ? { status: PostStatus.SCHEDULED, publishedAt: form.publishAt ?? now }
        : form.intent === "unpublish"
          ? { status: PostStatus.DRAFT, publishedAt: null }
          : null; // a draft save keeps the status it has
  const fields = { title: form.title, slug, category: form.category, excerpt: form.excerpt, body: form.body, authorName: form.authorName };

  try {
    return await db.$transaction(
      async (tx) => {
        const clash = await tx.post.findUnique({ where: { slug }, select: { id: true } });
        if (clash && clash.id !== form.id) return { ok: false as const, reason: "slug-taken" as const };

        const before = form.id ? await tx.post.findUnique({ where: { id: form.id }, select: { coverImage: true, coverAlt: true, ...postFieldsSelect } }) : null;
        if (form.id && !before) return { ok: false as const, reason: "not-found" as const };
        const previousCover = before?.coverImage ?? null;
        const coverImage = upload ? upload.image.key : form.removeCover ? null : previousCover;
        if (coverImage && !form.coverAlt) return { ok: false as const, reason: "alt-missing" as const };
        const cover = { coverImage, coverAlt: coverImage ? form.coverAlt : null };
        const coverChange = coverImage === previousCover ? null : !previousCover ? "added" : !coverImage ? "removed" : "replaced";

        let id: string;
        let version: number;
        if (!form.id || !before) {
          const created = await tx.post.create({
            data: { ...fields, ...cover, ...(timing ?? { status: PostStatus.DRAFT }) },
            select: { id: true, version: true },
          });
          ({ id, version } = created);
          await recordAudit(tx, {
            actorId,
            action: `post.${form.intent === "draft" ? "create" : form.intent}`,
            subject: slug,
            details: { id, title: form.title, ...(coverChange ? { cover: coverChange } : {}), ...scheduled(timing) },
          });
        } else {
          const { count } = await tx.post.updateMany({
            where: { id: form.id, version: form.version },
            data: { ...fields, ...cover, ...(timing ?? {}), version: { increment: 1 } },
          });
          if (count === 0) return { ok: false as const, reason: "conflict" as const };
          id = form.id;
          version = form.version + 1;
          // Only what changed, before → after (the cover image by what happened to it).
          const changes = changedFields({ ...before }, { ...fields, coverAlt: cover.coverAlt }, [...postFields, "coverAlt"]);
          await recordAudit(tx, {
            actorId,
            action: `post.${form.intent === "draft" ? "edit" : form.intent}`,
            subject: slug,
            details: {
              id,
              title: form.title,
              ...(Object.keys(changes).length ? { changes } : {}),
              ...(coverChange ? { cover: coverChange } : {}),
              ...scheduled(timing),
            },
          });
        }

        if (upload && coverImage) {
          await storePageImage(tx, upload.storage, upload.image);
        }
        return {
          ok: true as const,
          id,
          version,
          slugs: [...new Set([before?.slug ?? slug, slug])],
          releasedCover: previousCover && previousCover !== coverImage ? previousCover : null,
        };
      },
      // Room for an upload to a bucket inside the transaction.
      upload ? { timeout: 30_000 } : undefined,
    );
  } catch (error) {
    if (error instanceof StorageError) {
      console.error("[posts] could not store a cover image", error, error.cause);
      return { ok: false, reason: "storage-failed" };
    }
    throw error;
  }
}
