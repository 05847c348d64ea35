import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { categoryBySlug } from "./categories";
import { buildFeed } from "./build-feed";
import { feedPosts, findVisiblePost, latestPosts, listPosts, nextScheduledAt, visiblePostSlugs } from "./queries";

// Cached reads for public pages. Each is tagged, so publishing or editing a post (which calls
// updateTag/revalidateTag with the same tags) refreshes every page that shows it; each also
// expires by itself when the next scheduled post goes live.

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
  cacheTag(tags.posts);
  const now = new Date();
  await expireAtNextScheduledPost(now);
  const category = categorySlug ? categoryBySlug(categorySlug)?.value : undefined;
  return listPosts(db, { category, page, now });
}

export async function getLatestPosts(take: number) {
  "use cache";
  cacheTag(tags.posts);
  const now = new Date();
  await expireAtNextScheduledPost(now);
  return latestPosts(db, { now, take });
}

export async function getPost(slug: string) {
  "use cache";
  cacheTag(tags.posts, tags.post(slug));
  const now = new Date();
  await expireAtNextScheduledPost(now);
  const post = await findVisiblePost(db, slug, now);
  return post ? { ...post, html: renderMarkdown(post.body) } : null;
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
  const posts = await feedPosts(db, { now, take: 20 });
  return buildFeed({ siteUrl, charityName, description, posts });
}
