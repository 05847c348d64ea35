import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findActiveCampaign } from "@/lib/campaign/queries";
import { listPosts } from "@/lib/posts/queries";
import { normaliseUkPostcode } from "@/lib/geocode/normalise-uk-postcode";
import { campaign, donationPoints, pages, posts } from "@/prisma/seed/content";
import { seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// Well after every seeded post.
const now = new Date("2030-01-01T00:00:00Z");

describe("seed", () => {
  it("fills an empty database with the demo content", async () => {
    expect(await seed(t.url)).toEqual({ campaign: 1, pages: 3, posts: 8, staff: 1, donationPoints: 12 });

    expect(await t.db.campaign.count()).toBe(1);
    expect(await t.db.situationFigure.count()).toBe(3);
    expect(await t.db.wayToHelp.count()).toBe(3);
    expect((await t.db.sitePage.findMany({ orderBy: { slug: "asc" } })).map((p) => p.slug)).toEqual(["about", "accessibility", "privacy"]);
    expect(await t.db.post.count()).toBe(8);
    expect(await t.db.donation.count()).toBe(0);
  });

  it("writes the campaign, its figures and ways to help in content order", async () => {
    const active = await findActiveCampaign(t.db);
    expect(active).not.toBeNull();
    expect(active?.slug).toBe(campaign.slug);
    expect(active?.headline).toBe(campaign.headline);
    expect(active?.goalCoats).toBe(3000);
    expect(active?.coatPricePence).toBe(2500);
    expect(active?.packPricePence).toBe(1300);
    expect(active?.figures.map(({ id, ...figure }) => figure)).toEqual([
      { place: "Calais and Dunkirk", count: 1000, qualifier: "AROUND", note: campaign.figures[0]?.note },
      { place: "Brussels", count: 500, qualifier: "AROUND", note: campaign.figures[1]?.note },
      { place: "Paris", count: 1500, qualifier: "OVER", note: campaign.figures[2]?.note },
    ]);
    expect(active?.waysToHelp).toEqual(campaign.waysToHelp);
    const row = await t.db.campaign.findUniqueOrThrow({ where: { slug: campaign.slug } });
    expect(row.coatsReceivedInKind).toBe(1184);
  });

  it("publishes every post on its content-file date", async () => {
    const rows = await t.db.post.findMany();
    expect(rows).toHaveLength(posts.length);
    for (const post of posts) {
      const row = rows.find((r) => r.slug === post.slug);
      expect(row, post.slug).toBeDefined();
      expect(row?.status).toBe("PUBLISHED");
      expect(row?.category).toBe(post.category);
      expect(row?.title).toBe(post.title);
      expect(row?.authorName).toBe(post.authorName);
      expect(row?.publishedAt?.toISOString().slice(0, 10)).toBe(post.publishedOn);
    }
  });

  it("writes the pages as given", async () => {
    for (const page of pages) {
      const row = await t.db.sitePage.findUniqueOrThrow({ where: { slug: page.slug } });
      expect({ slug: row.slug, title: row.title, description: row.description, body: row.body }).toEqual(page);
    }
  });

  it("lists posts sharing a date in content-file order, newest first", async () => {
    const page1 = await listPosts(t.db, { page: 1, now });
    const page2 = await listPosts(t.db, { page: 2, now });
    const listed = [...(page1?.posts ?? []), ...(page2?.posts ?? [])].map((p) => p.slug);
    expect(listed).toEqual(posts.map((p) => p.slug));
    const sameDay = posts.filter((p) => p.publishedOn === "2017-12-13").map((p) => p.slug);
    expect(sameDay).toHaveLength(3);
    expect(listed.slice(0, 3)).toEqual(sameDay);
  });

  it("adds a dozen drop-off points across the UK, placed on the map, one of them full", async () => {
    const rows = await t.db.donationPoint.findMany();
    expect(rows).toHaveLength(donationPoints.length);
    expect(rows.filter((r) => r.status === "FULL")).toHaveLength(1);
    expect(rows.filter((r) => r.status === "CLOSED")).toHaveLength(0);
    for (const row of rows) {
      expect(normaliseUkPostcode(row.postcode), row.name).toBe(row.postcode);
      // Inside the UK's box: the demo needs no lookup to sort them by distance.
      expect(row.latitude, row.name).toBeGreaterThan(49.8);
      expect(row.latitude, row.name).toBeLessThan(60.9);
      expect(row.longitude, row.name).toBeGreaterThan(-8.7);
      expect(row.longitude, row.name).toBeLessThan(1.8);
      expect(row.version).toBe(1);
    }
    const towns = rows.map((r) => r.address.split("\n").at(-1));
    expect(towns).toEqual(
      expect.arrayContaining(["Dover", "Folkestone", "London", "Brighton", "Bristol", "Birmingham", "Manchester", "Leeds", "Glasgow", "Cardiff", "Norwich"]),
    );
    expect(towns.filter((town) => town === "London")).toHaveLength(2);
  });

  it("creates nothing when run again", async () => {
    expect(await seed(t.url)).toEqual({ campaign: 0, pages: 0, posts: 0, staff: 0, donationPoints: 0 });
    expect(await t.db.campaign.count()).toBe(1);
    expect(await t.db.situationFigure.count()).toBe(3);
    expect(await t.db.wayToHelp.count()).toBe(3);
    expect(await t.db.sitePage.count()).toBe(3);
    expect(await t.db.post.count()).toBe(8);
    expect(await t.db.donationPoint.count()).toBe(12);
  });

  it("leaves staff edits alone on a re-seed", async () => {
    const slug = posts[3]?.slug ?? "";
    await t.db.post.update({ where: { slug }, data: { title: "Edited by staff", status: "DRAFT", version: { increment: 1 } } });
    await t.db.campaign.update({ where: { slug: campaign.slug }, data: { headline: "A new headline", coatsReceivedInKind: 1500 } });
    await t.db.sitePage.update({ where: { slug: "about" }, data: { body: "Rewritten." } });

    expect(await seed(t.url)).toEqual({ campaign: 0, pages: 0, posts: 0, staff: 0, donationPoints: 0 });

    const post = await t.db.post.findUniqueOrThrow({ where: { slug } });
    expect(post).toMatchObject({ title: "Edited by staff", status: "DRAFT", version: 2 });
    const row = await t.db.campaign.findUniqueOrThrow({ where: { slug: campaign.slug } });
    expect(row).toMatchObject({ headline: "A new headline", coatsReceivedInKind: 1500 });
    expect((await t.db.sitePage.findUniqueOrThrow({ where: { slug: "about" } })).body).toBe("Rewritten.");
  });

  it("puts back only what is missing", async () => {
    const slug = posts[0]?.slug ?? "";
    await t.db.post.delete({ where: { slug } });
    await t.db.sitePage.delete({ where: { slug: "privacy" } });
    // Points have no natural key: once staff have any, a closed or removed one never comes back.
    const closed = await t.db.donationPoint.update({ where: { id: (await t.db.donationPoint.findFirstOrThrow()).id }, data: { status: "CLOSED" } });
    await t.db.donationPoint.deleteMany({ where: { id: { not: closed.id } } });

    expect(await seed(t.url)).toEqual({ campaign: 0, pages: 1, posts: 1, staff: 0, donationPoints: 0 });
    expect(await t.db.post.count()).toBe(8);
    expect((await t.db.post.findUniqueOrThrow({ where: { slug } })).status).toBe("PUBLISHED");
    expect((await t.db.post.findUniqueOrThrow({ where: { slug: posts[3]?.slug ?? "" } })).title).toBe("Edited by staff");
    expect(await t.db.sitePage.count()).toBe(3);
    expect(await t.db.donationPoint.findMany({ select: { id: true, status: true } })).toEqual([{ id: closed.id, status: "CLOSED" }]);
  });
});
