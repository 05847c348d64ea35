import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { findPriceFacts } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { categoryBySlug } from "./categories";
import { buildFeed } from "./build-feed";
import { postAsShown } from "./post-as-shown";
import { feedPosts, findVisiblePost, latestPosts, listPosts, nextScheduledAt, visiblePostSlugs } from "./queries";

// Cached reads for public pages. Each is tagged, so publishing or editing a post (which calls
// updateTag/revalidateTag with the same tags) refreshes every page that shows it; each also
// expires by itself when the next scheduled post goes live. Posts state prices and the goal
// through placeholders (post-as-shown.ts), so every reader of post text also carries
// tags.campaign: a new price or goal refreshes them.

async function expireAtNextScheduledPost(now: Date) {
  const next = await nextScheduledAt(db, now);
  if (next) {
    const seconds = Math.max(60, Math.ceil((next.getTime() - now.getTime()) / 1000));
    cacheLife({ stale: 60, revalidate: seconds, expire: Math.max(seconds, 60 * 60 * 24 * 30) });
  } else {
    cacheLife("days");
  }
}

export async function getPostPage(categorySlug: string | null, page: number) {
  "use cache";
  cacheTag(tags.posts, tags.campaign);
  const now = new Date();
  await expireAtNextScheduledPost(now);
  const category = categorySlug ? categoryBySlug(categorySlug)?.value : undefined;
  const [list, facts] = await Promise.all([listPosts(db, { category, page, now }), findPriceFacts(db)]);
  return list ? { ...list, posts: list.posts.map((p) => postAsShown(p, facts)) } : null;
}

export async function getLatestPosts(take: number) {
  "use cache";
  cacheTag(tags.posts, tags.campaign);
  const now = new Date();
  await expireAtNextScheduledPost(now);
  const [posts, facts] = await Promise.all([latestPosts(db, { now, take }), findPriceFacts(db)]);
  return posts.map((p) => postAsShown(p, facts));
}

export async function getPost(slug: string) {
  "use cache";
  cacheTag(tags.posts, tags.post(slug), tags.campaign);
  const now = new Date();
  await expireAtNextScheduledPost(now);
  const [found, facts] = await Promise.all([findVisiblePost(db, slug, now), findPriceFacts(db)]);
  if (!found) return null;
  const post = postAsShown(found, facts);
  return { ...post, html: renderMarkdown(post.body) };
}

export async function getPostSlugs() {
  "use cache";
  cacheTag(tags.posts);
  const now = new Date();
  await expireAtNextScheduledPost(now);
  return visiblePostSlugs(db, now);
}

export async function getFeedXml(siteUrl: string, charityName: string, description: string) {
  "use cache";
  cacheTag(tags.posts, tags.campaign);
  const now = new Date();
  await expireAtNextScheduledPost(now);
  const [posts, facts] = await Promise.all([feedPosts(db, { now, take: 20 }), findPriceFacts(db)]);
  return buildFeed({ siteUrl, charityName, description, posts: posts.map((p) => postAsShown(p, facts)) });
}
