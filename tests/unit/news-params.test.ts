import { afterAll, describe, expect, it, vi } from "vitest";

// components/news/news-index.tsx imports lib/posts/cached → lib/db, which builds a PrismaClient
// at import time and throws when DATABASE_URL is unset. Nothing here queries a database; the
// client is never connected (PrismaPg opens its pool lazily), so any well-formed URL will do.
vi.hoisted(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://unused@127.0.0.1:9/unused");
});

import { newsHref, parseListParams } from "@/components/news/news-index";

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("parseListParams", () => {
  it.each([
    ["all", "1", { category: null, page: 1 }],
    ["all", "2", { category: null, page: 2 }],
    ["news", "1", { category: "news", page: 1 }],
    ["news", "12", { category: "news", page: 12 }],
    ["volunteer-stories", "3", { category: "volunteer-stories", page: 3 }],
    ["all", "99999", { category: null, page: 99999 }],
  ])("accepts %s / %s", (filter, page, expected) => {
    expect(parseListParams(filter, page)).toEqual(expected);
  });

  it.each([
    ["sport", "1"],
    ["NEWS", "1"],
    ["VOLUNTEER_STORY", "1"],
    ["News", "1"],
    ["", "1"],
    ["__proto__", "1"],
    ["constructor", "1"],
    ["news ", "1"],
  ])("rejects the unknown category %j", (filter, page) => {
    expect(parseListParams(filter, page)).toBeNull();
  });

  it.each(["0", "00", "01", "-1", "abc", "1.5", "1e3", "0x10", " 1", "1 ", "1\n", "", "+1", "١", "100000", "99999999999999999999", "9007199254740993"])(
    "rejects the page %j",
    (page) => {
      expect(parseListParams("all", page)).toBeNull();
      expect(parseListParams("news", page)).toBeNull();
    },
  );
});

describe("newsHref", () => {
  it.each([
    [null, 1, "/news"],
    ["news", 1, "/news?category=news"],
    [null, 2, "/news?page=2"],
    ["volunteer-stories", 3, "/news?category=volunteer-stories&page=3"],
    ["news", 2, "/news?category=news&page=2"],
  ] as const)("(%j, %i) is %s", (category, page, href) => {
    expect(newsHref(category, page)).toBe(href);
  });

  it("round-trips through the rewrite's parameters back to the same list", () => {
    for (const category of [null, "news", "volunteer-stories"]) {
      for (const page of [1, 2, 3, 40]) {
        const url = new URL(newsHref(category, page), "http://localhost");
        const parsed = parseListParams(url.searchParams.get("category") ?? "all", url.searchParams.get("page") ?? "1");
        expect(parsed).toEqual({ category, page });
      }
    }
  });
});
