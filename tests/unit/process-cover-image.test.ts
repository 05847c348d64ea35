import zlib from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { coverObjectKeys, coverVariants } from "@/lib/images/cover-keys";
import {
  MAX_INPUT_PIXELS,
  MAX_UPLOAD_BYTES,
  processCoverImage,
  refusalMessage,
  type CoverRefusal,
  type ProcessedCover,
} from "@/lib/images/process-cover-image";

// Real sharp on images made here: what a member of staff might upload, and what an attacker might.

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#2f5d50" } });

async function accepted(input: Uint8Array): Promise<ProcessedCover> {
  const result = await processCoverImage(input);
  if (!result.ok) throw new Error(`expected the image to be accepted, got ${result.reason}`);
  return result;
}

async function refused(input: Uint8Array): Promise<CoverRefusal> {
  const result = await processCoverImage(input);
  if (result.ok) throw new Error(`expected a refusal, got ${result.key}`);
  return result;
}

/** A valid greyscale PNG of zeros: a few dozen kilobytes that decode to `width × height` bytes. */
function pngOfZeros(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc((width + 1) * height); // each row: filter byte 0, then zeros
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("processCoverImage: what it accepts", () => {
  it("turns a large JPEG into a 1600-px WebP and an 800-px card copy, named by their content", async () => {
    const result = await accepted(await solid(2400, 1600).jpeg().toBuffer());
    expect(result).toMatchObject({ width: 1600, height: 1067 });
    expect(result.key).toMatch(/^covers\/[0-9a-f]{32}-1600x1067\.webp$/);
    expect(result.objects.map((o) => o.key)).toEqual(coverObjectKeys(result.key));
    for (const object of result.objects) {
      const meta = await sharp(object.body).metadata();
      expect(meta.format).toBe("webp");
      expect(object.contentType).toBe("image/webp");
      const variant = object.key === result.key ? coverVariants(result.key)?.full : coverVariants(result.key)?.card;
      expect([meta.width, meta.height]).toEqual([variant?.width, variant?.height]);
    }
    expect(coverVariants(result.key)?.card).toMatchObject({ width: 800, height: 534 }); // 1067 × ½, rounded
    // The same upload gives the same names: content-addressed.
    expect((await accepted(await solid(2400, 1600).jpeg().toBuffer())).key).toBe(result.key);
  });

  it("accepts PNG (transparency too) and WebP, and never enlarges a small image", async () => {
    const png = await accepted(
      await sharp({ create: { width: 640, height: 480, channels: 4, background: { r: 200, g: 80, b: 40, alpha: 0.5 } } })
        .png()
        .toBuffer(),
    );
    expect(png).toMatchObject({ width: 640, height: 480 });
    expect(png.objects).toHaveLength(1); // no wider than a card: one copy serves both
    expect((await sharp(png.objects[0]?.body).metadata()).hasAlpha).toBe(true);
    expect(await accepted(await solid(1000, 1500).webp().toBuffer())).toMatchObject({ width: 1000, height: 1500 });
    // A tall photo fits inside 1600 × 1600.
    expect(await accepted(await solid(1800, 3600).jpeg().toBuffer())).toMatchObject({ width: 800, height: 1600 });
  });

  it("turns a photo upright and strips everything the camera recorded, GPS location first", async () => {
    const photo = await solid(300, 200)
      .jpeg()
      .withExif({
        IFD0: { ImageDescription: "Taken at the camp near the canal", Make: "PhoneCo", Model: "Pocket 12" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 57/1 3120/100", GPSLongitudeRef: "E", GPSLongitude: "1/1 50/1 4560/100" },
      })
      .withMetadata({ orientation: 6 }) // "rotate 90° to display"
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes("Taken at the camp")).toBe(true);
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer (tag 0x8825, little-endian)

    const result = await accepted(photo);
    expect(result).toMatchObject({ width: 200, height: 300 }); // upright
    for (const object of result.objects) {
      const after = await sharp(object.body).metadata();
      expect([after.exif, after.xmp, after.iptc, after.icc]).toEqual([undefined, undefined, undefined, undefined]);
      expect(after.orientation ?? 1).toBe(1);
      expect(Buffer.from(object.body).includes("PhoneCo")).toBe(false);
      expect(Buffer.from(object.body).includes("Exif")).toBe(false);
    }
  });
});

describe("processCoverImage: what it refuses", () => {
  it("refuses anything over 10 MB, even a real image, before decoding it", async () => {
    expect(await refused(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toEqual({ ok: false, reason: "too-large" });
    const noise = await sharp({ create: { width: 2000, height: 2000, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
      .png()
      .toBuffer();
    expect(noise.byteLength).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(await refused(noise)).toEqual({ ok: false, reason: "too-large" });
  });

  it("judges by the bytes: text, HTML and SVG are refused whatever they are called", async () => {
    expect(await refused(Buffer.from("Shopping list: coats, gloves, hats\n"))).toEqual({ ok: false, reason: "not-an-image" });
    expect(await refused(Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"))).toEqual({ ok: false, reason: "not-an-image" });
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><script>alert(1)</script><rect width="400" height="300" fill="red"/></svg>',
    );
    expect(await refused(svg)).toEqual({ ok: false, reason: "wrong-format", format: "svg" });
    expect(await refused(await solid(40, 40).gif().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "gif" });
    expect(await refused(await solid(40, 40).tiff().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "tiff" });
    expect(await refused(new Uint8Array(0))).toEqual({ ok: false, reason: "not-an-image" });
  });

  it("refuses a decompression bomb by its pixel count, before decoding it", async () => {
    const bomb = pngOfZeros(10_000, 6_000); // 60 megapixels of nothing
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(10_000 * 6_000).toBeGreaterThan(MAX_INPUT_PIXELS);
    const started = Date.now();
    expect(await refused(bomb)).toEqual({ ok: false, reason: "too-many-pixels" });
    expect(Date.now() - started).toBeLessThan(2_000);
    // The same trick just under the limit is a real (if dull) image and goes through.
    expect((await accepted(pngOfZeros(4_000, 3_000))).width).toBe(1600);
  });

  it("refuses a damaged image instead of storing half of it", async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
      .jpeg()
      .toBuffer();
    expect(await refused(photo.subarray(0, Math.floor(photo.byteLength * 0.8)))).toEqual({ ok: false, reason: "unreadable" });
  });

  it("explains each refusal in words a person can act on", () => {
    expect(refusalMessage({ ok: false, reason: "too-large" })).toMatch(/larger than 10 MB/);
    expect(refusalMessage({ ok: false, reason: "not-an-image" })).toMatch(/JPEG, PNG or WebP/);
    expect(refusalMessage({ ok: false, reason: "wrong-format", format: "svg" })).toBe("That file is an SVG drawing. Please choose a JPEG, PNG or WebP photo.");
    expect(refusalMessage({ ok: false, reason: "wrong-format", format: "jxl" })).toMatch(/a format we don’t accept/);
    expect(refusalMessage({ ok: false, reason: "too-many-pixels" })).toMatch(/50 megapixels/);
  });
});

describe("cover keys", () => {
  it("reads the size back from the name, and refuses names this site did not make", () => {
    const digest = "0123456789abcdef0123456789abcdef";
    expect(coverVariants(`covers/${digest}-1600x900.webp`)).toEqual({
      full: { key: `covers/${digest}-1600x900.webp`, width: 1600, height: 900 },
      card: { key: `covers/${digest}-800x450.webp`, width: 800, height: 450 },
    });
    expect(coverObjectKeys(`covers/${digest}-640x480.webp`)).toEqual([`covers/${digest}-640x480.webp`]);
    for (const other of ["https://example.org/a.jpg", `covers/${digest}-0x10.webp`, `covers/../${digest}-10x10.webp`, `covers/${digest}-10x10.svg`]) {
      expect(coverVariants(other)).toBeNull();
      expect(coverObjectKeys(other)).toEqual([]);
    }
  });
});
