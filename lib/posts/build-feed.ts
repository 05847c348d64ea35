import { Feed } from "feed";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { categoryLabel } from "./categories";
import type { PostSummary } from "./queries";

// Authors are left out: RSS 2.0's <author> must be an email address, and we publish none.
type FeedPost = PostSummary & { body: string };

/** RSS 2.0 for the newest posts; links are absolute, on the site's public origin. */
export function buildFeed(options: { siteUrl: string; charityName: string; description: string; posts: FeedPost[] }): string {
  const { siteUrl, posts } = options;
  const feed = new Feed({
    id: `${siteUrl}/news`,
    title: `${options.charityName}: news and stories`,
    description: options.description,
    link: `${siteUrl}/news`,
    language: "en-GB",
    updated: posts[0]?.publishedAt ?? new Date(0),
    generator: false,
    feedLinks: { rss: `${siteUrl}/news/feed.xml` },
    copyright: `© ${options.charityName}`,
    ttl: 60,
  });
  for (const post of posts) {
    const link = `${siteUrl}/news/${post.slug}`;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: post.title,
      date: post.publishedAt,
      description: post.excerpt,
      content: renderMarkdown(post.body),
      category: [{ name: categoryLabel(post.category) }],
    });
  }
  return feed.rss2();
}
