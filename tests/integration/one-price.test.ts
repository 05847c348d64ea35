import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppealCard } from "@/components/og/appeal-card";
import { GiftCard } from "@/components/og/gift-card";
import { PostCard } from "@/components/og/post-card";
import { campaignAsShown } from "@/lib/campaign/campaign-as-shown";
import { computeCampaignProgress, findActiveCampaign, findPriceFacts } from "@/lib/campaign/queries";
import { saveAppealSection } from "@/lib/campaign/save-appeal-section";
import { textsStatingFigures } from "@/lib/campaign/texts-stating-figures";
import { unknownPlaceholders } from "@/lib/markdown/placeholders";
import { buildFeed } from "@/lib/posts/build-feed";
import { categoryLabel } from "@/lib/posts/categories";
import { postAsShown } from "@/lib/posts/post-as-shown";
import { feedPosts, findVisiblePost, visiblePostSlugs } from "@/lib/posts/queries";
import { claimSentence } from "@/lib/share/donor-claim";
import { pageAsShown } from "@/lib/site-pages/page-as-shown";
import { findSitePage } from "@/lib/site-pages/queries";
import { campaign as seedCampaign, pages as seedPages, posts as seedPosts } from "@/prisma/seed/content";
import { DEMO_ADMIN_EMAIL, seed } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-123456";
});
const { newsletterRenderer } = await import("@/lib/newsletter/emails");

// Issue #13: staff set the coat to £30 and the goal to 3,500, and the site went on saying £25
// and 3,000. Every sentence that states a figure renders from the campaign: after the change,
// none of what visitors, share cards or readers of emails see states an old one.

/** "£25" or "£13" as a price ("£250" and "£25.50" are other prices); "3,000" as a whole figure ("33,000" is not it). */
const OLD_FIGURE = /£25(?![\d]|[.,]\d)|£13(?![\d]|[.,]\d)|(?<![\d,.])3,000(?![\d]|,\d)/;

let t: TestDatabase;
let actorId: string;
const now = new Date("2030-01-01T00:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.url);
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id;
  const campaign = await t.db.campaign.findFirstOrThrow({ select: { id: true, updatedAt: true } });
  const saved = await saveAppealSection(
    t.db,
    campaign.id,
    campaign.updatedAt,
    { section: "goal", fields: { goalCoats: 3500, coatPricePence: 3000, packPricePence: 1650 } },
    actorId,
  );
  expect(saved).toMatchObject({ ok: true, before: { goalCoats: 3000, coatPricePence: 2500, packPricePence: 1300 } });
});
afterAll(() => t.drop());

describe("the seed content", () => {
  it("states no price or goal in its own words: every figure is a placeholder the site knows", () => {
    const texts = JSON.stringify({
      seedCampaign: { ...seedCampaign, goalCoats: 0, coatPricePence: 0, packPricePence: 0, coatsReceivedInKind: 0 },
      seedPages,
      seedPosts,
    });
    expect(texts).not.toMatch(OLD_FIGURE);
    expect(texts).not.toMatch(/£\d/);
    expect(unknownPlaceholders(texts)).toEqual([]);
  });
});

describe("after the coat goes to £30, the pack to £16.50 and the goal to 3,500", () => {
  it("the appeal's every sentence states the new figures", async () => {
    const shown = campaignAsShown((await findActiveCampaign(t.db))!);
    const everything = JSON.stringify(shown);
    expect(everything).not.toMatch(OLD_FIGURE);
    expect(everything).not.toMatch(/\{(coat price|pack price|goal)\}/);
    expect(shown.strapline).toMatch(/^Over 3,500 people/);
    expect(shown.html.appeal).toContain("3,500 coats in all");
    expect(shown.html.appeal).toContain("£30 could buy a new coat");
    expect(shown.beyondGoal).toContain("3,500 coats");
    const buy = shown.waysToHelp.find((w) => w.ctaHref === "/donate?gift=coat");
    expect(buy?.title).toBe("Buy a coat for £30");
    expect(buy?.body).toContain("£30 could buy");
  });

  it("every post, in lists, on its page and in the feed, states the new figures", async () => {
    const facts = await findPriceFacts(t.db);
    const slugs = await visiblePostSlugs(t.db, now);
    expect(slugs.length).toBe(seedPosts.length);
    let stated = 0;
    for (const { slug } of slugs) {
      const post = postAsShown((await findVisiblePost(t.db, slug, now))!, facts);
      const text = JSON.stringify(post);
      expect(text, slug).not.toMatch(OLD_FIGURE);
      if (/£30|£16\.50/.test(text)) stated++;
    }
    expect(stated).toBeGreaterThanOrEqual(6);
    // Its address was made from the title as first written, and stays as it was.
    const pack = postAsShown((await findVisiblePost(t.db, "can-you-donate-just-13", now))!, facts);
    expect(pack.title).toBe("Can you donate just £16.50?");
    const feed = buildFeed({
      siteUrl: "https://appeal.example",
      charityName: "Calais Winter Aid",
      description: "News",
      posts: (await feedPosts(t.db, { now, take: 20 })).map((p) => postAsShown(p, facts)),
    });
    expect(feed).not.toMatch(OLD_FIGURE);
    expect(feed).toContain("Can you donate just £16.50?");
    expect(feed).toContain("33,000 lost refugees named");
  });

  it("the about page states the new figures", async () => {
    const facts = await findPriceFacts(t.db);
    for (const slug of ["about", "privacy"]) {
      const page = pageAsShown((await findSitePage(t.db, slug))!, facts);
      expect(JSON.stringify(page), slug).not.toMatch(OLD_FIGURE);
    }
    const about = pageAsShown((await findSitePage(t.db, "about"))!, facts);
    expect(about.html).toContain("When we say £30 could buy a coat or £16.50 could buy a clothing pack");
    expect(about.html).toContain('<a href="/donate?gift=coat">buy a coat for £30</a>');
  });

  it("the share cards state the new figures", async () => {
    const campaign = campaignAsShown((await findActiveCampaign(t.db))!);
    const progress = await computeCampaignProgress(t.db, { livemode: false });
    const site = "appeal.example";
    const appeal = renderToStaticMarkup(createElement(AppealCard, { campaign, progress, site }));
    expect(appeal).toContain("of 3,500 coats");
    expect(appeal).not.toMatch(OLD_FIGURE);

    const gift = renderToStaticMarkup(createElement(GiftCard, { campaign, claim: claimSentence({ kind: "coat", quantity: 2 }), site }));
    expect(gift).toContain("£30 buys a warm coat. Will you join in?");
    expect(gift).not.toMatch(OLD_FIGURE);

    const facts = await findPriceFacts(t.db);
    for (const { slug } of await visiblePostSlugs(t.db, now)) {
      const post = postAsShown((await findVisiblePost(t.db, slug, now))!, facts);
      const card = renderToStaticMarkup(createElement(PostCard, { campaign, categoryLabel: categoryLabel(post.category), title: post.title, site }));
      expect(card, slug).not.toMatch(OLD_FIGURE);
    }
  });

  it("the admin is told which staff text still states an old figure in words", async () => {
    const old = ["£25", "£13", "3,000"];
    expect(await textsStatingFigures(t.db, old)).toEqual([]);
    const way = await t.db.wayToHelp.findFirstOrThrow({ where: { ctaHref: "/donate?gift=coat" } });
    await t.db.wayToHelp.update({ where: { id: way.id }, data: { body: "£25 could buy a coat." } });
    const post = await t.db.post.findUniqueOrThrow({ where: { slug: "can-you-donate-just-13" } });
    await t.db.post.update({ where: { id: post.id }, data: { excerpt: "Only £13 for a pack." } });
    try {
      expect(await textsStatingFigures(t.db, old)).toEqual(["the ways to help", "the post “Can you donate just {pack price}?”"]);
    } finally {
      await t.db.wayToHelp.update({ where: { id: way.id }, data: { body: way.body } });
      await t.db.post.update({ where: { id: post.id }, data: { excerpt: post.excerpt } });
    }
  });

  it("an update to the mailing list states the figures of the day it is sent, in its subject and body", async () => {
    const render = await newsletterRenderer(t.db, { siteUrl: "https://appeal.example", postalAddress: "1 Example Yard" });
    const copy = await render(
      { id: "n-price", subject: "{goal} coats, {coat price} each", body: "A coat costs **{coat price}**, a pack {pack price}. \\{goal} stays as typed." },
      { id: "sub_a", email: "a@example.org" },
    );
    expect(copy.subject).toBe("3,500 coats, £30 each");
    expect(copy.html).toContain("A coat costs <strong>£30</strong>, a pack £16.50. {goal} stays as typed.");
    expect(copy.text).toContain("£30");
    expect(`${copy.subject}${copy.html}${copy.text}`).not.toMatch(OLD_FIGURE);
  });
});
