import { SiteLink } from "@/components/site-link";
import { NotFoundPage } from "@/components/not-found-page";
import { Pagination } from "@/components/pagination";
import { PostCard } from "@/components/post-card";
import { getPostPage } from "@/lib/posts/cached";
import { categories, categoryBySlug } from "@/lib/posts/categories";

/** The public address of a list page: /news, /news?category=…, /news?page=2 … */
export function newsHref(category: string | null, page: number): string {
  const q = new URLSearchParams();
  if (category) q.set("category", category);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/news?${s}` : "/news";
}

/** Parses the path parameters the /news rewrite produces; null when they name nothing real. */
export function parseListParams(filter: string, pageParam: string): { category: string | null; page: number } | null {
  const category = filter === "all" ? null : (categoryBySlug(filter)?.slug ?? undefined);
  if (category === undefined) return null;
  if (!/^[1-9]\d{0,4}$/.test(pageParam)) return null;
  return { category, page: Number(pageParam) };
}

export async function NewsIndex({ category, page }: { category: string | null; page: number }) {
  const result = await getPostPage(category, page);
  if (!result) return <NotFoundPage />;
  const current = category ? categoryBySlug(category) : null;

  return (
    <div className="container-page py-14">
      <p className="eyebrow">From the field</p>
      <h1 className="mt-2 text-4xl font-semibold sm:text-5xl">{current ? current.label : "News & stories"}</h1>
      <nav aria-label="Categories" className="mt-8">
        <ul className="flex flex-wrap gap-2">
          {[{ slug: null, label: "Everything" }, ...categories].map((c) => {
            const active = c.slug === category;
            return (
              <li key={c.label}>
                {/* Plain <a>: see components/pagination.tsx. */}
                <a
                  href={newsHref(c.slug, 1)}
                  aria-current={active ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full px-5 font-semibold no-underline ${
                    active ? "bg-ink text-paper" : "bg-white text-ink ring-1 ring-ink/15 hover:bg-paper-deep"
                  }`}
                >
                  {c.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {result.posts.length ? (
        <>
          <p className="mt-6 text-ink-muted">
            Page {result.page} of {result.totalPages} · {result.total} {result.total === 1 ? "post" : "posts"}
          </p>
          <div className="mt-4 grid gap-5 md:grid-cols-2 lg:grid-cols-3">
            {result.posts.map((p) => (
              <PostCard key={p.slug} post={p} headingLevel={2} />
            ))}
          </div>
          <Pagination page={result.page} totalPages={result.totalPages} href={(p) => newsHref(category, p)} />
        </>
      ) : (
        <div className="mt-10 rounded-3xl bg-white p-8 ring-1 ring-ink/10">
          <h2 className="text-2xl font-semibold">Nothing here yet</h2>
          <p className="mt-2 text-ink-soft">When our teams post {current ? current.label.toLowerCase() : "news and stories"}, you will find them here.</p>
          <SiteLink href="/" className="btn-secondary mt-5">
            Back to the appeal
          </SiteLink>
        </div>
      )}
    </div>
  );
}
