import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { photoKeys, photoObjectKeys, wallSize } from "@/lib/coat-wall/photo-keys";
import { processPhoto, type ProcessedPhoto } from "@/lib/coat-wall/process-photo";
import { phonePhoto, PHONE_TRACES, pngOfZeros, solid } from "../support/image-fixtures";

// Real sharp on files made here (tests/support/image-fixtures.ts): a supporter's phone photo. The
// checks every upload passes (size, type by the bytes, pixel count, damage) are tested once, in
// upload-image.test.ts; here, the wall's three copies and their names.

async function accepted(input: Uint8Array): Promise<ProcessedPhoto> {
  const result = await processPhoto(input);
  if (!result.ok) throw new Error(`expected the photo to be accepted, got ${result.reason}`);
  return result;
}

describe("processPhoto: a supporter's photo", () => {
  it("strips the GPS position and everything else the phone recorded, and turns the photo upright", async () => {
    const photo = await phonePhoto(400, 300);
    expect((await sharp(photo).metadata()).exif?.includes("Mill Lane")).toBe(true);

    const result = await accepted(photo);
    expect(result).toMatchObject({ width: 300, height: 400 }); // upright
    expect(result.objects).toHaveLength(3);
    for (const object of result.objects) {
      const after = await sharp(object.body).metadata();
      expect([after.exif, after.xmp, after.iptc]).toEqual([undefined, undefined, undefined]);
      expect(after.orientation ?? 1).toBe(1);
      const bytes = Buffer.from(object.body);
      for (const trace of PHONE_TRACES) expect(bytes.includes(trace)).toBe(false);
    }
  });

  it("stores three sizes under a random name that says nothing of the upload", async () => {
    const result = await accepted(await solid(3000, 2000).jpeg().toBuffer());
    expect(result).toMatchObject({ width: 1200, height: 800 });
    expect(result.imageId).toMatch(/^[0-9a-f]{32}$/);
    const keys = photoKeys(result.imageId, result);
    expect(result.objects.map((o) => o.key)).toEqual([keys.full, keys.wall, keys.card]);
    expect(photoObjectKeys(result.imageId, result)).toEqual([keys.full, keys.wall, keys.card]);
    const [full, wall, card] = await Promise.all(result.objects.map((o) => sharp(o.body).metadata()));
    expect([full?.format, full?.width, full?.height]).toEqual(["webp", 1200, 800]);
    expect([wall?.format, wall?.width, wall?.height]).toEqual(["webp", 480, 320]);
    expect([card?.format, card?.width, card?.height]).toEqual(["jpeg", 630, 630]);
    expect(result.objects.map((o) => o.contentType)).toEqual(["image/webp", "image/webp", "image/jpeg"]);
    // The same bytes again get another name: no name can be guessed from a photo.
    expect((await accepted(await solid(3000, 2000).jpeg().toBuffer())).imageId).not.toBe(result.imageId);
  });

  it("accepts PNG and WebP by their bytes, whatever a browser called them, and never enlarges", async () => {
    expect(await accepted(await solid(320, 240).png().toBuffer())).toMatchObject({ width: 320, height: 240 });
    expect(await accepted(await solid(600, 900).webp().toBuffer())).toMatchObject({ width: 600, height: 900 });
    expect(wallSize({ width: 320, height: 240 })).toEqual({ width: 320, height: 240 });
  });
});

describe("processPhoto: what it refuses", () => {
  it("refuses through the checks every upload passes, before making any copy", async () => {
    expect(await processPhoto(pngOfZeros(10_000, 6_000))).toEqual({ ok: false, reason: "too-many-pixels" });
    expect(await processPhoto(Buffer.from("my-coat.jpg is really this text"))).toEqual({ ok: false, reason: "not-an-image" });
  });
});
