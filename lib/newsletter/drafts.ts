import type { Db } from "@/lib/db";
import { plainLineEndings } from "@/lib/forms/length-limit";
import { NEWSLETTER_BODY_MAX, NEWSLETTER_SUBJECT_MAX } from "./newsletter-schema";

export type NewsletterDraft = { id: string; subject: string; body: string; updatedAt: Date };

/** A draft id as the compose form carries it (a cuid); anything else is no draft. */
const DRAFT_ID = /^[a-z0-9]{20,40}$/;

export function draftIdOf(value: unknown): string | null {
  return typeof value === "string" && DRAFT_ID.test(value) ? value : null;
}

/**
 * Keeps an update as typed, nothing checked but the length limits (text over them is refused,
 * never cut: "too-long", and nothing is written). The draft named by `id` is updated when it still
 * exists; otherwise (a new update, or a draft sent or removed meanwhile) a new one is made.
 */
export async function saveDraft(
  db: Db,
  draft: { id: string | null; subject: string; body: string },
  staffId: string,
): Promise<{ ok: true; id: string } | { ok: false; reason: "too-long" }> {
  const body = plainLineEndings(draft.body);
  if (draft.subject.length > NEWSLETTER_SUBJECT_MAX || body.length > NEWSLETTER_BODY_MAX) return { ok: false, reason: "too-long" };
  const data = { subject: draft.subject, body, updatedById: staffId };
  if (draft.id) {
    const { count } = await db.newsletterDraft.updateMany({ where: { id: draft.id }, data });
    if (count === 1) return { ok: true, id: draft.id };
  }
  const created = await db.newsletterDraft.create({ data, select: { id: true } });
  return { ok: true, id: created.id };
}

export async function findDraft(db: Db, id: string | null): Promise<NewsletterDraft | null> {
  if (!id) return null;
  return db.newsletterDraft.findUnique({ where: { id }, select: { id: true, subject: true, body: true, updatedAt: true } });
}

/** The drafts kept, the latest first, for the newsletters page. */
export async function listDrafts(db: Db, take = 20): Promise<NewsletterDraft[]> {
  return db.newsletterDraft.findMany({
    select: { id: true, subject: true, body: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** Once its update has been sent, the draft is no longer needed. */
export async function removeDraft(db: Db, id: string | null): Promise<void> {
  if (id) await db.newsletterDraft.deleteMany({ where: { id } });
}

/** The compose page, where a form posted without script finds its answer kept (lib/forms/kept-answers.ts). */
export const COMPOSE_PAGE = "/admin/newsletters/new";
