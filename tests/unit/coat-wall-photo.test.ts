import zlib from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { photoKeys, photoObjectKeys, wallSize } from "@/lib/coat-wall/photo-keys";
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, photoRefusalMessage, processPhoto, type PhotoRefusal, type ProcessedPhoto } from "@/lib/coat-wall/process-photo";

// Real sharp on files made here: a supporter's phone photo, and what an attacker might send instead.

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#2f5d50" } });

async function accepted(input: Uint8Array): Promise<ProcessedPhoto> {
  const result = await processPhoto(input);
  if (!result.ok) throw new Error(`expected the photo to be accepted, got ${result.reason}`);
  return result;
}

async function refused(input: Uint8Array): Promise<PhotoRefusal> {
  const result = await processPhoto(input);
  if (result.ok) throw new Error(`expected a refusal, got ${result.imageId}`);
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
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("processPhoto: a supporter's photo", () => {
  it("strips the GPS position and everything else the phone recorded, and turns the photo upright", async () => {
    const photo = await solid(400, 300)
      .jpeg()
      .withExif({
        IFD0: { ImageDescription: "Outside my house on Mill Lane", Make: "PhoneCo", Model: "Pocket 12" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 1234/100", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 3912/100" },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer: the fixture really carries a position
    expect(before.exif?.includes("Mill Lane")).toBe(true);

    const result = await accepted(photo);
    expect(result).toMatchObject({ width: 300, height: 400 }); // upright
    expect(result.objects).toHaveLength(3);
    for (const object of result.objects) {
      const after = await sharp(object.body).metadata();
      expect([after.exif, after.xmp, after.iptc]).toEqual([undefined, undefined, undefined]);
      expect(after.orientation ?? 1).toBe(1);
      const bytes = Buffer.from(object.body);
      for (const trace of ["Exif", "PhoneCo", "Mill Lane", "GPS"]) expect(bytes.includes(trace)).toBe(false);
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
  it("refuses a decompression bomb by the size its header declares", async () => {
    const bomb = pngOfZeros(10_000, 6_000); // 60 megapixels of nothing in a small file
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(10_000 * 6_000).toBeGreaterThan(MAX_PHOTO_PIXELS);
    expect(await refused(bomb)).toEqual({ ok: false, reason: "too-many-pixels" });
    // Refused from the header alone, never decoded: a header promising 10 gigapixels followed by
    // a few bytes of pixel data is refused for its size, not found damaged (decoding would find that).
    const headerOnly = pngOfZeros(4, 4);
    headerOnly.writeUInt32BE(100_000, 16);
    headerOnly.writeUInt32BE(100_000, 20);
    headerOnly.writeUInt32BE(zlib.crc32(headerOnly.subarray(12, 29)), 29);
    expect(await refused(headerOnly)).toEqual({ ok: false, reason: "too-many-pixels" });
  });

  it("refuses anything over 10 MB before reading it as an image", async () => {
    expect(await refused(new Uint8Array(MAX_PHOTO_BYTES + 1))).toEqual({ ok: false, reason: "too-large" });
  });

  it("judges the type by the bytes: text, HTML, SVG, GIF, AVIF are refused, whatever they are named", async () => {
    expect(await refused(Buffer.from("my-coat.jpg is really this text"))).toEqual({ ok: false, reason: "not-an-image" });
    expect(await refused(Buffer.from("<!doctype html><script>alert(1)</script>"))).toEqual({ ok: false, reason: "not-an-image" });
    expect(await refused(new Uint8Array(0))).toEqual({ ok: false, reason: "not-an-image" });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(1)</script></svg>');
    expect(await refused(svg)).toEqual({ ok: false, reason: "wrong-format", format: "svg" });
    expect(await refused(await solid(40, 40).gif().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "gif" });
    expect(await refused(await solid(64, 64).avif().toBuffer())).toEqual({ ok: false, reason: "wrong-format", format: "heif" });
  });

  it("refuses a damaged photo rather than storing half of it", async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
      .jpeg()
      .toBuffer();
    expect(await refused(photo.subarray(0, Math.floor(photo.byteLength * 0.8)))).toEqual({ ok: false, reason: "unreadable" });
  });

  it("explains each refusal in words a person can act on", () => {
    expect(photoRefusalMessage({ ok: false, reason: "too-large" })).toMatch(/larger than 10 MB/);
    expect(photoRefusalMessage({ ok: false, reason: "wrong-format", format: "heif" })).toMatch(/HEIC/);
    expect(photoRefusalMessage({ ok: false, reason: "not-an-image" })).toMatch(/JPEG, PNG or WebP/);
    expect(photoRefusalMessage({ ok: false, reason: "too-many-pixels" })).toMatch(/50 megapixels/);
  });
});
