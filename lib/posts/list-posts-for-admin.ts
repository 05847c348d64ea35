import type { Db } from "@/lib/db";
import type { PostStatus } from "@/lib/generated/prisma/enums";

export type AdminPostFilter = { q?: string; status?: PostStatus; page: number };

export const ADMIN_POSTS_PER_PAGE = 20;

/** The staff list of posts: every status, newest change first, searchable by title. */
export async function listPostsForAdmin(db: Db, filter: AdminPostFilter) {
  const where = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { title: { contains: filter.q, mode: "insensitive" as const } } : {}),
  };
  const [total, posts] = await Promise.all([
    db.post.count({ where }),
    db.post.findMany({
      where,
      select: { id: true, title: true, slug: true, status: true, category: true, publishedAt: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
      skip: (filter.page - 1) * ADMIN_POSTS_PER_PAGE,
      take: ADMIN_POSTS_PER_PAGE,
    }),
  ]);
  return { total, posts, totalPages: Math.max(1, Math.ceil(total / ADMIN_POSTS_PER_PAGE)) };
}
