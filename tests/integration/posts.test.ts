import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostCategory, PostStatus } from "@/lib/generated/prisma/enums";
import { POSTS_PER_PAGE, feedPosts, findVisiblePost, latestPosts, listPosts, nextScheduledAt, visiblePostSlugs } from "@/lib/posts/queries";
import { posts as seededPosts } from "@/prisma/seed/content";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// After every seeded post, before the scheduled one.
const now = new Date("2025-12-01T00:00:00Z");
const scheduledAt = new Date("2025-12-24T18:00:00Z");
const afterScheduled = new Date("2025-12-25T00:00:00Z");
const drafts = ["draft-in-the-past", "draft-undated", "draft-in-the-future"];

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  const extra = { excerpt: "Extra.", body: "Extra body.", category: PostCategory.NEWS };
  await t.db.post.createMany({
    data: [
      // Drafts stay hidden whatever their date.
      { ...extra, slug: "draft-in-the-past", title: "Draft (past)", status: PostStatus.DRAFT, publishedAt: new Date("2017-12-20T12:00:00Z") },
      { ...extra, slug: "draft-undated", title: "Draft (no date)", status: PostStatus.DRAFT },
      { ...extra, slug: "draft-in-the-future", title: "Draft (future)", status: PostStatus.DRAFT, publishedAt: new Date("2026-01-01T09:00:00Z") },
      { ...extra, slug: "scheduled", title: "Scheduled", status: PostStatus.SCHEDULED, publishedAt: scheduledAt, category: PostCategory.VOLUNTEER_STORY },
    ],
  });
});
afterAll(() => t.drop());

const summaryKeys = ["category", "coverAlt", "coverImage", "excerpt", "publishedAt", "slug", "title"];
const detailKeys = [...summaryKeys, "authorName", "body", "updatedAt"].sort();
const feedKeys = [...summaryKeys, "authorName", "body"].sort();

describe("listPosts", () => {
  it("pages the 8 visible posts 6 to a page, newest first", async () => {
    expect(POSTS_PER_PAGE).toBe(6);
    const page1 = await listPosts(t.db, { page: 1, now });
    const page2 = await listPosts(t.db, { page: 2, now });
    expect(page1).toMatchObject({ page: 1, totalPages: 2, total: 8 });
    expect(page2).toMatchObject({ page: 2, totalPages: 2, total: 8 });
    expect(page1?.posts).toHaveLength(6);
    expect(page2?.posts).toHaveLength(2);
    const all = [...(page1?.posts ?? []), ...(page2?.posts ?? [])];
    expect(all.map((p) => p.slug)).toEqual(seededPosts.map((p) => p.slug));
    const times = all.map((p) => p.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each([3, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("returns null for page %s", async (page) => {
    expect(await listPosts(t.db, { page, now })).toBeNull();
  });

  it("filters by category", async () => {
    const stories = await listPosts(t.db, { category: PostCategory.VOLUNTEER_STORY, page: 1, now });
    expect(stories).toMatchObject({ page: 1, totalPages: 1, total: 2 });
    expect(stories?.posts.map((p) => p.slug)).toEqual(["a-volunteers-paris-experience", "a-volunteers-story"]);
    const news = await listPosts(t.db, { category: PostCategory.NEWS, page: 1, now });
    expect(news).toMatchObject({ total: 6, totalPages: 1 });
    expect(news?.posts.every((p) => p.category === PostCategory.NEWS)).toBe(true);
    expect(await listPosts(t.db, { category: PostCategory.NEWS, page: 2, now })).toBeNull();
  });

  it("returns exactly the summary fields", async () => {
    const page = await listPosts(t.db, { page: 1, now });
    for (const post of page?.posts ?? []) {
      expect(Object.keys(post).sort()).toEqual(summaryKeys);
      expect(post).not.toHaveProperty("version");
      expect(post).not.toHaveProperty("body");
      expect(post).not.toHaveProperty("status");
      expect(post.publishedAt).toBeInstanceOf(Date);
    }
  });
});

describe("latestPosts", () => {
  it("gives the newest visible posts, summary fields only", async () => {
    const latest = await latestPosts(t.db, { now, take: 3 });
    expect(latest.map((p) => p.slug)).toEqual(seededPosts.slice(0, 3).map((p) => p.slug));
    for (const post of latest) expect(Object.keys(post).sort()).toEqual(summaryKeys);
  });
});

describe("drafts", () => {
  it("never appear in lists, lookups, the sitemap or the feed", async () => {
    for (const at of [now, afterScheduled, new Date("2099-01-01T00:00:00Z")]) {
      const pages = [await listPosts(t.db, { page: 1, now: at }), await listPosts(t.db, { page: 2, now: at })];
      const listed = pages.flatMap((p) => p?.posts ?? []).map((p) => p.slug);
      const slugs = (await visiblePostSlugs(t.db, at)).map((p) => p.slug);
      const feed = (await feedPosts(t.db, { now: at, take: 100 })).map((p) => p.slug);
      const latest = (await latestPosts(t.db, { now: at, take: 100 })).map((p) => p.slug);
      for (const slug of drafts) {
        expect(listed).not.toContain(slug);
        expect(slugs).not.toContain(slug);
        expect(feed).not.toContain(slug);
        expect(latest).not.toContain(slug);
        expect(await findVisiblePost(t.db, slug, at)).toBeNull();
      }
    }
  });

  it("do not count toward the next scheduled moment", async () => {
    // draft-in-the-future (2026-01-01) is later than the scheduled post; after that only the draft is ahead.
    expect(await nextScheduledAt(t.db, afterScheduled)).toBeNull();
  });
});

describe("a scheduled post", () => {
  it("is hidden before its time, and the next scheduled moment is its time", async () => {
    expect(await findVisiblePost(t.db, "scheduled", now)).toBeNull();
    expect((await listPosts(t.db, { page: 1, now }))?.total).toBe(8);
    expect((await visiblePostSlugs(t.db, now)).map((p) => p.slug)).not.toContain("scheduled");
    expect((await feedPosts(t.db, { now, take: 100 })).map((p) => p.slug)).not.toContain("scheduled");
    expect(await nextScheduledAt(t.db, now)).toEqual(scheduledAt);
  });

  it("goes live at exactly its time", async () => {
    expect((await findVisiblePost(t.db, "scheduled", scheduledAt))?.slug).toBe("scheduled");
    expect(await findVisiblePost(t.db, "scheduled", new Date(scheduledAt.getTime() - 1))).toBeNull();
    expect(await nextScheduledAt(t.db, scheduledAt)).toBeNull();
  });

  it("is visible everywhere once its time has passed, as the newest post", async () => {
    const page1 = await listPosts(t.db, { page: 1, now: afterScheduled });
    expect(page1).toMatchObject({ total: 9, totalPages: 2 });
    expect(page1?.posts[0]?.slug).toBe("scheduled");
    expect((await listPosts(t.db, { category: PostCategory.VOLUNTEER_STORY, page: 1, now: afterScheduled }))?.total).toBe(3);
    expect((await latestPosts(t.db, { now: afterScheduled, take: 1 }))[0]?.slug).toBe("scheduled");
    expect((await visiblePostSlugs(t.db, afterScheduled))[0]?.slug).toBe("scheduled");
    expect((await feedPosts(t.db, { now: afterScheduled, take: 1 }))[0]?.slug).toBe("scheduled");
    const post = await findVisiblePost(t.db, "scheduled", afterScheduled);
    expect(post?.publishedAt).toEqual(scheduledAt);
  });
});

describe("findVisiblePost", () => {
  it("returns the detail fields of a published post", async () => {
    const post = await findVisiblePost(t.db, "a-volunteers-paris-experience", now);
    expect(post).not.toBeNull();
    expect(Object.keys(post ?? {}).sort()).toEqual(detailKeys);
    expect(post).toMatchObject({ title: "A volunteer's Paris experience", authorName: "Sophie L.", category: PostCategory.VOLUNTEER_STORY });
    expect(post?.body).toContain("## Before the sun comes up");
  });

  it("returns null for a slug that does not exist", async () => {
    expect(await findVisiblePost(t.db, "no-such-post", now)).toBeNull();
  });

  it("hides a published post before its publication time", async () => {
    const first = seededPosts.at(-1);
    expect(await findVisiblePost(t.db, first?.slug ?? "", new Date("2017-11-01T00:00:00Z"))).toBeNull();
  });
});

describe("visiblePostSlugs and feedPosts", () => {
  it("give the sitemap only slugs and dates", async () => {
    const slugs = await visiblePostSlugs(t.db, now);
    expect(slugs).toHaveLength(8);
    for (const s of slugs) {
      expect(Object.keys(s).sort()).toEqual(["slug", "updatedAt"]);
      expect(s.updatedAt).toBeInstanceOf(Date);
    }
  });

  it("give the feed the newest posts with their bodies, and nothing else", async () => {
    const feed = await feedPosts(t.db, { now, take: 20 });
    expect(feed.map((p) => p.slug)).toEqual(seededPosts.map((p) => p.slug));
    for (const post of feed) {
      expect(Object.keys(post).sort()).toEqual(feedKeys);
      expect(post.body.length).toBeGreaterThan(0);
    }
    expect(await feedPosts(t.db, { now, take: 2 })).toHaveLength(2);
  });
});

describe("an empty database", () => {
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await createTestDatabase();
  });
  afterAll(() => empty.drop());

  it("gives page 1 as an empty page, not null, and nothing past it", async () => {
    expect(await listPosts(empty.db, { page: 1, now })).toEqual({ posts: [], page: 1, totalPages: 1, total: 0 });
    expect(await listPosts(empty.db, { category: PostCategory.VOLUNTEER_STORY, page: 1, now })).toEqual({ posts: [], page: 1, totalPages: 1, total: 0 });
    expect(await listPosts(empty.db, { page: 2, now })).toBeNull();
  });

  it("has no latest posts, slugs, feed entries or scheduled moment", async () => {
    expect(await latestPosts(empty.db, { now, take: 3 })).toEqual([]);
    expect(await visiblePostSlugs(empty.db, now)).toEqual([]);
    expect(await feedPosts(empty.db, { now, take: 20 })).toEqual([]);
    expect(await nextScheduledAt(empty.db, now)).toBeNull();
    expect(await findVisiblePost(empty.db, "a-volunteers-paris-experience", now)).toBeNull();
  });
});
