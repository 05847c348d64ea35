// Reading posts for the public site. Plain functions of a database client and a clock, so the
// integration tests run them against a real PostgreSQL without Next.js around them.
import type { Db } from "@/lib/db";
import { PostStatus, type PostCategory } from "@/lib/generated/prisma/enums";

export const POSTS_PER_PAGE = 6;

/** Published, or scheduled for a moment that has passed. */
function visibleAt(now: Date) {
  return { status: { in: [PostStatus.PUBLISHED, PostStatus.SCHEDULED] }, publishedAt: { lte: now } };
}

const summary = {
  slug: true,
  title: true,
  excerpt: true,
  category: true,
  publishedAt: true,
  coverImage: true,
  coverAlt: true,
} as const;

export type PostSummary = {
  slug: string;
  title: string;
  excerpt: string;
  category: PostCategory;
  publishedAt: Date;
  coverImage: string | null;
  coverAlt: string | null;
};

function asSummary<T extends { publishedAt: Date | null }>(row: T): T & { publishedAt: Date } {
  // visibleAt() only matches rows with a publishedAt.
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

export type PostPage = { posts: PostSummary[]; page: number; totalPages: number; total: number };

/**
 * One page of visible posts, newest first. Returns null for a page past the end, so the route
 * can answer 404; page 1 of nothing is an empty page, not an error.
 */
export async function listPosts(db: Db, options: { category?: PostCategory; page: number; now: Date }): Promise<PostPage | null> {
  const where = { ...visibleAt(options.now), ...(options.category ? { category: options.category } : {}) };
  const total = await db.post.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
  if (!Number.isInteger(options.page) || options.page < 1 || options.page > totalPages) return null;
  const rows = await db.post.findMany({
    where,
    select: summary,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (options.page - 1) * POSTS_PER_PAGE,
    take: POSTS_PER_PAGE,
  });
  return { posts: rows.map(asSummary), page: options.page, totalPages, total };
}

export async function latestPosts(db: Db, options: { now: Date; take: number }): Promise<PostSummary[]> {
  const rows = await db.post.findMany({
    where: visibleAt(options.now),
    select: summary,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.take,
  });
  return rows.map(asSummary);
}

export type PostDetail = PostSummary & { body: string; authorName: string | null; updatedAt: Date };

export async function findVisiblePost(db: Db, slug: string, now: Date): Promise<PostDetail | null> {
  const row = await db.post.findFirst({
    where: { slug, ...visibleAt(now) },
    select: { ...summary, body: true, authorName: true, updatedAt: true },
  });
  return row ? asSummary(row) : null;
}

/** Every visible post's address and dates, for the sitemap. */
export async function visiblePostSlugs(db: Db, now: Date) {
  return db.post.findMany({
    where: visibleAt(now),
    select: { slug: true, updatedAt: true },
    orderBy: { publishedAt: "desc" },
  });
}

/** The next moment a post dated in the future goes live, so caches can expire then. */
export async function nextScheduledAt(db: Db, now: Date): Promise<Date | null> {
  const next = await db.post.findFirst({
    where: { status: { in: [PostStatus.PUBLISHED, PostStatus.SCHEDULED] }, publishedAt: { gt: now } },
    select: { publishedAt: true },
    orderBy: { publishedAt: "asc" },
  });
  return next?.publishedAt ?? null;
}

/** The newest visible posts with their bodies, for the RSS feed. */
export async function feedPosts(db: Db, options: { now: Date; take: number }) {
  const rows = await db.post.findMany({
    where: visibleAt(options.now),
    select: { ...summary, body: true, authorName: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.take,
  });
  return rows.map(asSummary);
}
