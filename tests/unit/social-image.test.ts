import { describe, expect, it } from "vitest";
import { pageImageKey } from "@/lib/images/page-image-keys";
import { SOCIAL_CARD_WIDTH, socialImageOf } from "@/lib/posts/social-image";

const digest = "0123456789abcdef0123456789abcdef";
const publicUrl = (key: string) => `https://files.example.org/${key}`;

describe("a post's picture for link previews", () => {
  it("is the cover, at the stored size that fills a social card", () => {
    const image = socialImageOf({ coverImage: pageImageKey(digest, 1600, 1067), coverAlt: "Volunteers by the canal" }, publicUrl);
    expect(image).toEqual({ url: publicUrl(`covers/${digest}-1600x1067.webp`), width: 1600, height: 1067, alt: "Volunteers by the canal" });
    expect(image!.width).toBeGreaterThanOrEqual(SOCIAL_CARD_WIDTH);
  });

  it("is the largest copy there is when the photo itself is smaller than a card", () => {
    // 1000 px wide: stored as itself and an 800 px card copy; the larger is the better preview.
    expect(socialImageOf({ coverImage: pageImageKey(digest, 1000, 750), coverAlt: "A van of coats" }, publicUrl)).toMatchObject({
      url: publicUrl(`covers/${digest}-1000x750.webp`),
      width: 1000,
      height: 750,
    });
    expect(socialImageOf({ coverImage: pageImageKey(digest, 640, 480), coverAlt: "" }, publicUrl)).toMatchObject({ width: 640, height: 480, alt: "" });
  });

  it("is none without a cover, or with a name this site did not make, so the drawn title card is used", () => {
    expect(socialImageOf({ coverImage: null, coverAlt: null }, publicUrl)).toBeNull();
    expect(socialImageOf({ coverImage: "https://elsewhere.example/x.jpg", coverAlt: "x" }, publicUrl)).toBeNull();
  });
});
