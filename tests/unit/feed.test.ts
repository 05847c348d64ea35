import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { PostCategory } from "@/lib/generated/prisma/enums";
import { buildFeed } from "@/lib/posts/build-feed";

type Item = {
  title: string;
  link: string;
  guid: string | { "#text": string; "@_isPermaLink"?: string };
  pubDate: string;
  description: string;
  "content:encoded"?: string;
  category?: string;
  author?: string;
};
type Rss = {
  rss: {
    "@_version": string;
    channel: { title: string; link: string; description: string; language: string; item?: Item[]; "atom:link"?: { "@_href": string; "@_rel": string } };
  };
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name) => name === "item",
});

function parse(xml: string): Rss {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Rss;
}

const siteUrl = "https://calaiswinteraid.example";
const base = { excerpt: "An excerpt.", coverImage: null, coverAlt: null, authorName: null };
const posts = [
  {
    ...base,
    slug: "a-volunteers-paris-experience",
    title: "A volunteer's Paris experience",
    category: PostCategory.VOLUNTEER_STORY,
    publishedAt: new Date("2017-12-13T12:00:00Z"),
    excerpt: "Tea, socks & forty coats <under> a flyover.",
    body: "## Before the sun comes up\n\nWe arrived with **tea**.\n\n<script>alert('feed')</script>\n\n[bad](javascript:alert(1)) <img src=x onerror=alert(1)> [good](/donate?gift=coat)\n\nEnds with ]]> inside.",
    authorName: "Sophie L.",
  },
  {
    ...base,
    slug: "distributions-in-calais",
    title: "Distributions in Calais & Dunkirk",
    category: PostCategory.NEWS,
    publishedAt: new Date("2017-06-30T23:30:00Z"),
    body: "Plain text.",
  },
];

function feed() {
  return parse(buildFeed({ siteUrl, charityName: "Calais Winter Aid", description: "News & stories from the field", posts }));
}

const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

describe("buildFeed", () => {
  it("is well-formed RSS 2.0 with an en-GB channel", () => {
    const { rss } = feed();
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel.title).toBe("Calais Winter Aid: news and stories");
    expect(rss.channel.link).toBe(`${siteUrl}/news`);
    expect(rss.channel.description).toBe("News & stories from the field");
    expect(rss.channel.language).toBe("en-GB");
    expect(rss.channel["atom:link"]).toMatchObject({ "@_href": `${siteUrl}/news/feed.xml`, "@_rel": "self" });
  });

  it("has one item per post, in the order given, each with the required elements", () => {
    const items = feed().rss.channel.item ?? [];
    expect(items.map((i) => i.title)).toEqual(["A volunteer's Paris experience", "Distributions in Calais & Dunkirk"]);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toBeTruthy();
      expect(item.guid).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.pubDate).toMatch(rfc822);
    }
  });

  it("dates items in RFC 822 form, at the post's own instant", () => {
    const items = feed().rss.channel.item ?? [];
    expect(items[0]?.pubDate).toBe("Wed, 13 Dec 2017 12:00:00 GMT");
    expect(items[1]?.pubDate).toBe("Fri, 30 Jun 2017 23:30:00 GMT");
    expect(items.map((i) => Date.parse(i.pubDate))).toEqual(posts.map((p) => p.publishedAt.getTime()));
  });

  it("links items absolutely on the given site URL, with a stable guid", () => {
    const items = feed().rss.channel.item ?? [];
    expect(items.map((i) => i.link)).toEqual([`${siteUrl}/news/a-volunteers-paris-experience`, `${siteUrl}/news/distributions-in-calais`]);
    for (const item of items) {
      const guid = typeof item.guid === "string" ? item.guid : item.guid["#text"];
      expect(guid).toBe(item.link);
      expect(new URL(item.link).origin).toBe(siteUrl);
    }
  });

  it("uses the excerpt as the description and the category label", () => {
    const items = feed().rss.channel.item ?? [];
    expect(items[0]?.description).toBe("Tea, socks & forty coats <under> a flyover.");
    expect(items[0]?.category).toBe("Volunteer stories");
    expect(items[1]?.category).toBe("News");
  });

  it("leaves out <author>, which RSS 2.0 requires to be an email address we do not publish", () => {
    const items = feed().rss.channel.item ?? [];
    expect(items[0]?.author).toBeUndefined();
  });

  it("carries the body as sanitised HTML", () => {
    const content = feed().rss.channel.item?.[0]?.["content:encoded"] ?? "";
    expect(content).toContain("<h2>Before the sun comes up</h2>");
    expect(content).toContain("<strong>tea</strong>");
    expect(content).toContain('<a href="/donate?gift=coat">good</a>');
    expect(content).toContain("Ends with ]]> inside.");
    expect(content).not.toMatch(/<script/i);
    expect(content).not.toMatch(/onerror/i);
    expect(content).not.toMatch(/javascript:/i);
    expect(content).not.toContain("alert(");
  });

  it("never lets a post's text break out of the XML", () => {
    const xml = buildFeed({
      siteUrl,
      charityName: "A & B <Aid>",
      description: "]]></description><script>alert(1)</script>",
      posts: [{ ...posts[1]!, title: "]]><evil/>", excerpt: "<![CDATA[x]]>" }],
    });
    const { rss } = parse(xml);
    expect(rss.channel.title).toBe("A & B <Aid>: news and stories");
    expect(rss.channel.description).toBe("]]></description><script>alert(1)</script>");
    expect(rss.channel.item?.[0]?.title).toBe("]]><evil/>");
  });

  it("is a valid, empty channel when there are no posts", () => {
    const { rss } = parse(buildFeed({ siteUrl, charityName: "Calais Winter Aid", description: "d", posts: [] }));
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel.item ?? []).toEqual([]);
    expect(rss.channel.language).toBe("en-GB");
  });
});
