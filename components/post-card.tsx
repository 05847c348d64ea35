import { SiteLink } from "@/components/site-link";
import { CoverImage } from "@/components/cover-image";
import { coverPicture } from "@/lib/posts/cover-image";
import type { PostSummary } from "@/lib/posts/queries";
import { categoryLabel } from "@/lib/posts/categories";
import { formatUkDate, isoDate } from "@/lib/format/date";

export function PostCard({ post, headingLevel = 3 }: { post: PostSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const cover = coverPicture(post);
  return (
    <article className="post-card group">
      {cover ? <CoverImage picture={cover} use="card" sizes="(min-width: 1024px) 24rem, (min-width: 768px) 50vw, 100vw" className="card-cover" /> : null}
      <p className="post-meta">
        <span className="pill">{categoryLabel(post.category)}</span>
        <time dateTime={isoDate(post.publishedAt)}>{formatUkDate(post.publishedAt)}</time>
      </p>
      <Heading className="post-title">
        <SiteLink href={`/news/${post.slug}`} className="card-link">
          {post.title}
        </SiteLink>
      </Heading>
      <p className="note">{post.excerpt}</p>
    </article>
  );
}
