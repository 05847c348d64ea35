import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { NotFoundPage } from "@/components/not-found-page";
import { CoverImage } from "@/components/cover-image";
import { Prose } from "@/components/prose";
import { ShareLinks } from "@/components/share/share-links";
import { getCampaign } from "@/lib/campaign/cached";
import { formatUkDate, isoDate } from "@/lib/format/date";
import { formatPence } from "@/lib/format/money";
import { getPost, getPostSlugs } from "@/lib/posts/cached";
import { categoryLabel, categorySlug } from "@/lib/posts/categories";
import { coverPicture } from "@/lib/posts/cover-image";
import { socialImageOf } from "@/lib/posts/social-image";
import { storage } from "@/lib/storage";
import { pageMetadata } from "@/lib/site-metadata";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const slugs = await getPostSlugs();
  // Cache Components needs at least one; an unknown slug simply renders the 404 page.
  return slugs.length ? slugs.map((p) => ({ slug: p.slug })) : [{ slug: "welcome" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  if (!post) return { title: "Page not found" };
  const metadata = await pageMetadata({
    title: post.title,
    description: post.excerpt,
    path: `/news/${post.slug}`,
    type: "article",
    publishedTime: post.publishedAt,
  });
  // A post with a cover photo is shared with that photo. One without has a card of its own
  // (opengraph-image.tsx beside this page), which Next names only where the page's metadata names
  // no image: so either the cover replaces the default card pageMetadata sets, or that card goes.
  const cover = socialImageOf(post, (key) => storage().publicUrl(key));
  if (cover && metadata.openGraph && metadata.twitter) {
    metadata.openGraph.images = [cover];
    metadata.twitter.images = [{ url: cover.url, alt: cover.alt }];
  } else {
    delete metadata.openGraph?.images;
    delete metadata.twitter?.images;
  }
  return metadata;
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const [post, campaign] = await Promise.all([getPost(slug), getCampaign()]);
  if (!post) return <NotFoundPage />;
  const cover = coverPicture(post);

  return (
    <article className="container-page py-14">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-2 text-ink-muted">
          <li>
            <SiteLink href="/news" className="text-ink-soft">
              News & stories
            </SiteLink>
            <span aria-hidden="true"> /</span>
          </li>
          <li>
            {/* Plain <a>: query-string list addresses need a full load (components/pagination.tsx). */}
            <a href={`/news?category=${categorySlug(post.category)}`} className="text-ink-soft">
              {categoryLabel(post.category)}
            </a>
          </li>
        </ol>
      </nav>
      <header className="mt-6 max-w-3xl">
        <h1 className="text-4xl font-semibold sm:text-5xl">{post.title}</h1>
        <p className="mt-4 text-ink-muted">
          <time dateTime={isoDate(post.publishedAt)}>{formatUkDate(post.publishedAt)}</time>
          {post.authorName ? <> · by {post.authorName}</> : null}
        </p>
      </header>
      {cover ? (
        <CoverImage picture={cover} use="full" sizes="(min-width: 48rem) 48rem, 100vw" priority className="mt-8 h-auto w-full max-w-3xl rounded-3xl" />
      ) : null}
      <Prose html={post.html} className="mt-8" />
      {campaign ? (
        <section aria-labelledby="share-post" className="mt-12 max-w-prose">
          <h2 id="share-post" className="text-2xl font-semibold">
            Share this story
          </h2>
          <div className="mt-4">
            <ShareLinks page={`/news/${post.slug}`} />
          </div>
        </section>
      ) : null}
      {campaign ? (
        <aside aria-labelledby="post-cta" className="mt-12 max-w-prose rounded-3xl bg-night p-8 text-white">
          <h2 id="post-cta" className="text-2xl font-semibold text-white">
            {formatPence(campaign.coatPricePence)} could buy a coat for someone sleeping rough tonight
          </h2>
          <p className="mt-2 text-white/85">Or give a coat you no longer wear at a drop-off point near you.</p>
          <div className="mt-5 flex flex-wrap gap-3">
            <SiteLink href="/donate?gift=coat" className="btn-primary">
              Buy a coat
            </SiteLink>
            <SiteLink href="/donation-points" className="btn-light">
              Find a drop-off point
            </SiteLink>
          </div>
        </aside>
      ) : null}
      <p className="mt-10">
        <SiteLink href="/news" className="font-semibold text-ember">
          ← All news and stories
        </SiteLink>
      </p>
    </article>
  );
}
