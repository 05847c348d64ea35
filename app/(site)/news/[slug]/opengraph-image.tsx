import { PostCard } from "@/components/og/post-card";
import { getCampaign } from "@/lib/campaign/cached";
import { env } from "@/lib/env";
import { cardSize, renderCard } from "@/lib/og/render-card";
import { getPost, getPostSlugs } from "@/lib/posts/cached";
import { categoryLabel } from "@/lib/posts/categories";

// One post's social card: its category and title under the charity's name. Drawn from the same
// cached reader as the page, so editing the post (tags.post), or a new price its title states
// (tags.campaign), redraws it.
export const alt = "The post’s title and category on the charity’s card";
export const size = cardSize;
export const contentType = "image/png";

// Prerendered for every published post, like the pages; a post published since is drawn on
// request from the cached post.
export async function generateStaticParams() {
  const slugs = await getPostSlugs();
  return slugs.length ? slugs.map((p) => ({ slug: p.slug })) : [{ slug: "welcome" }];
}

export default async function PostImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [post, campaign] = await Promise.all([getPost(slug), getCampaign()]);
  if (!post) return new Response("Not found", { status: 404 });
  return renderCard(<PostCard campaign={campaign} categoryLabel={categoryLabel(post.category)} title={post.title} site={new URL(env.SITE_URL).host} />);
}
