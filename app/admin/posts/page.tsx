import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { formatUkDate } from "@/lib/format/date";
import { PostStatus } from "@/lib/generated/prisma/enums";
import { listPostsForAdmin } from "@/lib/posts/list-posts-for-admin";
import { formatLondonDateTime, LONDON_TIME } from "@/lib/format/london-time";
import { StaffTable } from "@/components/admin/staff-table";
import { FilterSearch, FilterSelect, ListFilters } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Posts" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const statusLabels = { DRAFT: "Draft", SCHEDULED: "Scheduled", PUBLISHED: "Published" } as const;

export default async function AdminPosts({ searchParams }: Props) {
  await requireStaff();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const status = typeof params.status === "string" && params.status in statusLabels ? (params.status as PostStatus) : undefined;
  const page = Math.max(1, Number(typeof params.page === "string" ? params.page : 1) || 1);
  const { posts, total, totalPages } = await listPostsForAdmin(db, { q: q || undefined, status, page });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl font-semibold">Posts</h1>
        <Link href="/admin/posts/new" className="btn-primary">
          New post
        </Link>
      </div>
      <ListFilters label="Posts">
        <FilterSearch name="q" label="Search titles" value={q} />
        <FilterSelect name="status" label="Status" value={status} options={statusLabels} any="Any" />
      </ListFilters>
      {posts.length ? (
        <StaffTable caption="Posts, most recently changed first" columns={["Title", "Status", { key: "Date LONDONTIME", label: <>Date ({LONDON_TIME})</> }]}>
          {posts.map((p) => (
            <tr key={p.id} className="border-b border-ink/10">
              <td className="py-2">
                <Link href={`/admin/posts/${p.id}`}>{p.title}</Link>
              </td>
              <td className="py-2">{statusLabels[p.status]}</td>
              <td className="py-2">
                {/* A scheduled post goes live at a time of day: shown to the minute. */}
                {p.publishedAt ? (
                  <time dateTime={p.publishedAt.toISOString()}>
                    {p.status === PostStatus.SCHEDULED ? formatLondonDateTime(p.publishedAt) : formatUkDate(p.publishedAt)}
                  </time>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </StaffTable>
      ) : (
        <p className="text-ink-soft">
          No posts match. <Link href="/admin/posts/new">Write one</Link>.
        </p>
      )}
      <p className="text-ink-muted">
        {total} {total === 1 ? "post" : "posts"} · page {Math.min(page, totalPages)} of {totalPages}
        {page > 1 ? (
          <>
            {" "}
            · <Link href={`/admin/posts?${new URLSearchParams({ q, status: status ?? "", page: String(page - 1) })}`}>Previous</Link>
          </>
        ) : null}
        {page < totalPages ? (
          <>
            {" "}
            · <Link href={`/admin/posts?${new URLSearchParams({ q, status: status ?? "", page: String(page + 1) })}`}>Next</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
