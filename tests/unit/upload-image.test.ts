import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { coatPhotoSchema } from "@/lib/coat-wall/photo-schema";
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, tooLargeImageMessage } from "@/lib/images/image-limits";
import { imageRefusalMessage, processUpload, readUpload, type ImageRefusal, type UploadedImage } from "@/lib/images/upload-image";
import { damagedJpeg, noisyPng, phonePhoto, PHONE_TRACES, pngHeaderClaiming, pngOfZeros, solid } from "../support/image-fixtures";

// The checks and decoding every upload passes (post covers, coat-wall photos, coat drives'
// photos), with real sharp on images made here: what a person might upload, and what an attacker might.

async function accepted(input: Uint8Array, maxSide = 1600): Promise<UploadedImage> {
  const result = await processUpload(input, { maxSide });
  if (!result.ok) throw new Error(`expected the image to be accepted, got ${result.reason}`);
  return result;
}

async function refused(input: Uint8Array): Promise<ImageRefusal> {
  const result = await processUpload(input, { maxSide: 1600 });
  if (result.ok) throw new Error(`expected a refusal, got ${result.width}×${result.height}`);
  return result;
}

describe("processUpload: what it accepts", () => {
  it("turns a phone's photo upright and strips everything it recorded, the GPS position first", async () => {
    const photo = await phonePhoto(400, 300);
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer: the fixture really carries a position
    expect(before.exif?.includes("Mill Lane")).toBe(true);

    const result = await accepted(photo);
    expect(result).toMatchObject({ width: 300, height: 400 }); // upright
    const after = await sharp(result.data).metadata();
    expect(after.format).toBe("webp");
    expect([after.exif, after.xmp, after.iptc, after.icc]).toEqual([undefined, undefined, undefined, undefined]);
    expect(after.orientation ?? 1).toBe(1);
    for (const trace of PHONE_TRACES) expect(result.data.includes(trace)).toBe(false);
  });

  it("accepts JPEG, PNG (transparency kept) and WebP by their bytes, fits them inside the side asked, and never enlarges", async () => {
    expect(await accepted(await solid(2400, 1600).jpeg().toBuffer())).toMatchObject({ width: 1600, height: 1067 });
    expect(await accepted(await solid(3000, 2000).jpeg().toBuffer(), 1200)).toMatchObject({ width: 1200, height: 800 });
    const png = await accepted(
      await sharp({ create: { width: 640, height: 480, channels: 4, background: { r: 200, g: 80, b: 40, alpha: 0.5 } } })
        .png()
        .toBuffer(),
    );
    expect(png).toMatchObject({ width: 640, height: 480 });
    expect((await sharp(png.data).metadata()).hasAlpha).toBe(true);
    expect(await accepted(await solid(1000, 1500).webp().toBuffer())).toMatchObject({ width: 1000, height: 1500 });
    expect(await accepted(await solid(1800, 3600).jpeg().toBuffer())).toMatchObject({ width: 800, height: 1600 });
  });
});

describe("readUpload and processUpload: what they refuse", () => {
  it("refuses anything over 10 MB, even a real image, before decoding it", async () => {
    expect(await refused(new Uint8Array(MAX_IMAGE_BYTES + 1))).toEqual({ ok: false, reason: "too-large" });
    const noise = await noisyPng();
    expect(noise.byteLength).toBeGreaterThan(MAX_IMAGE_BYTES);
    expect(await readUpload(noise)).toEqual({ ok: false, reason: "too-large" });
  });

  it("judges by the bytes: text, HTML, SVG, GIF, TIFF and AVIF are refused whatever they are called", async () => {
    expect(await refused(Buffer.from("Shopping list: coats, gloves, hats\n"))).toEqual({ ok: false, reason: "not-an-image" });
    expect(await refused(Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"))).toEqual({ ok: false, reason: "not-an-image" });
    expect(await refused(new Uint8Array(0))).toEqual({ ok: false, reason: "not-an-image" });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><script>alert(1)</script><rect width="400" height="300"/></svg>');
    expect(await refused(svg)).toEqual({ ok: false, reason: "wrong-format", format: "svg" });
    expect(await refused(await solid(40, 40).gif().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "gif" });
    expect(await refused(await solid(40, 40).tiff().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "tiff" });
    expect(await refused(await solid(64, 64).avif().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "heif" });
  });

  it("refuses a decompression bomb by the size its header declares, without decoding it", async () => {
    const bomb = pngOfZeros(10_000, 6_000); // 60 megapixels of nothing in a small file
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(10_000 * 6_000).toBeGreaterThan(MAX_IMAGE_PIXELS);
    expect(await refused(bomb)).toEqual({ ok: false, reason: "too-many-pixels" });
    // A header promising 10 gigapixels followed by a few bytes of pixels: refused for its size,
    // not found damaged (only decoding would find that).
    expect(await refused(pngHeaderClaiming(100_000, 100_000))).toEqual({ ok: false, reason: "too-many-pixels" });
    // The same trick just under the limit is a real (if dull) image and goes through.
    expect((await accepted(pngOfZeros(4_000, 3_000))).width).toBe(1600);
  });

  it("refuses a damaged image instead of storing half of it", async () => {
    expect(await refused(await damagedJpeg())).toEqual({ ok: false, reason: "unreadable" });
  });

  it("says a file is too large in one set of words, in the browser and on the server alike", () => {
    // components/forms/image-input.tsx says tooLargeImageMessage() at once; the server's refusals say the same.
    expect(imageRefusalMessage({ ok: false, reason: "too-large" }, "photo")).toBe(tooLargeImageMessage("photo"));
    expect(imageRefusalMessage({ ok: false, reason: "too-large" })).toBe(tooLargeImageMessage("image"));
    const wall = coatPhotoSchema.safeParse({ photoBytes: String(MAX_IMAGE_BYTES + 1) });
    expect(wall.success ? undefined : wall.error.issues.find((issue) => issue.path[0] === "photoBytes")?.message).toBe(tooLargeImageMessage("photo"));
    // The file fields accept exactly the formats the server reads.
    expect(IMAGE_ACCEPT).toBe("image/jpeg,image/png,image/webp");
  });

  it("explains each refusal in words a person can act on, naming the file as the form does", () => {
    expect(imageRefusalMessage({ ok: false, reason: "too-large" })).toMatch(/^That image is larger than 10 MB/);
    expect(imageRefusalMessage({ ok: false, reason: "too-large" }, "photo")).toMatch(/^That photo is larger than 10 MB/);
    expect(imageRefusalMessage({ ok: false, reason: "not-an-image" })).toMatch(/JPEG, PNG or WebP/);
    expect(imageRefusalMessage({ ok: false, reason: "wrong-format", format: "svg" })).toBe(
      "That file is an SVG drawing. Please choose a JPEG, PNG or WebP photo.",
    );
    expect(imageRefusalMessage({ ok: false, reason: "wrong-format", format: "heif" }, "photo")).toMatch(/HEIC/);
    expect(imageRefusalMessage({ ok: false, reason: "wrong-format", format: "jxl" })).toMatch(/a format we don’t accept/);
    expect(imageRefusalMessage({ ok: false, reason: "too-many-pixels" })).toMatch(/50 megapixels/);
    expect(imageRefusalMessage({ ok: false, reason: "unreadable" }, "photo")).toMatch(/^That photo seems to be damaged/);
  });
});
