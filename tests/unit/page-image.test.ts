import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processPageImage, type ProcessedPageImage } from "@/lib/images/page-image";
import { pageImageObjectKeys, pageImageVariants } from "@/lib/images/page-image-keys";
import { phonePhoto, PHONE_TRACES, solid } from "../support/image-fixtures";

// A page image: a post's cover or a coat drive's photo. The checks every upload passes are tested
// once, in upload-image.test.ts; here, what a page image is made of and how it is named.

async function accepted(input: Uint8Array): Promise<ProcessedPageImage> {
  const result = await processPageImage(input);
  if (!result.ok) throw new Error(`expected the image to be accepted, got ${result.reason}`);
  return result;
}

describe("processPageImage", () => {
  it("turns a large JPEG into a 1600-px WebP and an 800-px card copy, named by their content", async () => {
    const result = await accepted(await solid(2400, 1600).jpeg().toBuffer());
    expect(result).toMatchObject({ width: 1600, height: 1067 });
    expect(result.key).toMatch(/^covers\/[0-9a-f]{32}-1600x1067\.webp$/);
    expect(result.objects.map((o) => o.key)).toEqual(pageImageObjectKeys(result.key));
    for (const object of result.objects) {
      const meta = await sharp(object.body).metadata();
      expect(meta.format).toBe("webp");
      expect(object.contentType).toBe("image/webp");
      const variant = object.key === result.key ? pageImageVariants(result.key)?.full : pageImageVariants(result.key)?.card;
      expect([meta.width, meta.height]).toEqual([variant?.width, variant?.height]);
    }
    expect(pageImageVariants(result.key)?.card).toMatchObject({ width: 800, height: 534 }); // 1067 × ½, rounded
    // The same upload gives the same names: content-addressed.
    expect((await accepted(await solid(2400, 1600).jpeg().toBuffer())).key).toBe(result.key);
  });

  it("keeps one copy of an image no wider than a card", async () => {
    const small = await accepted(await solid(640, 480).png().toBuffer());
    expect(small.objects).toHaveLength(1);
    expect(pageImageObjectKeys(small.key)).toEqual([small.key]);
  });

  it("stores no trace of what the phone recorded, in either copy", async () => {
    const result = await accepted(await phonePhoto(1800, 1200));
    expect(result).toMatchObject({ width: 1067, height: 1600 }); // upright, then fitted
    expect(result.objects).toHaveLength(2);
    for (const object of result.objects) for (const trace of PHONE_TRACES) expect(Buffer.from(object.body).includes(trace)).toBe(false);
  });

  it("refuses what every upload refuses", async () => {
    expect(await processPageImage(await solid(40, 40).gif().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "gif" });
  });
});

describe("page image keys", () => {
  it("reads the size back from the name, and refuses names this site did not make", () => {
    const digest = "0123456789abcdef0123456789abcdef";
    expect(pageImageVariants(`covers/${digest}-1600x900.webp`)).toEqual({
      full: { key: `covers/${digest}-1600x900.webp`, width: 1600, height: 900 },
      card: { key: `covers/${digest}-800x450.webp`, width: 800, height: 450 },
    });
    expect(pageImageObjectKeys(`covers/${digest}-640x480.webp`)).toEqual([`covers/${digest}-640x480.webp`]);
    for (const other of ["https://example.org/a.jpg", `covers/${digest}-0x10.webp`, `covers/../${digest}-10x10.webp`, `covers/${digest}-10x10.svg`]) {
      expect(pageImageVariants(other)).toBeNull();
      expect(pageImageObjectKeys(other)).toEqual([]);
    }
  });
});
