import crypto from "node:crypto";
import sharp from "sharp";
import { decodeUpload, readUpload, type UploadLimits, type UploadRefusal } from "@/lib/images/read-upload";
import { CARD_SIDE, PHOTO_MAX_SIDE, photoKeys, wallSize } from "./photo-keys";

/** The largest photo accepted: a phone's camera makes 2–6 MB. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** More than any phone takes; keeps a decompression bomb from eating the server's memory. */
export const MAX_PHOTO_PIXELS = 50_000_000;

/**
 * JPEG, PNG and WebP. HEIC (the iPhone's own format) is not among them: the image library here
 * reads HEIF only with AV1 inside (AVIF), not the HEVC an iPhone writes. Browsers convert a HEIC
 * photo to JPEG when a form asks for `image/*`, so a phone's photos arrive as JPEG anyway.
 */
export const photoLimits: UploadLimits = { maxBytes: MAX_PHOTO_BYTES, maxPixels: MAX_PHOTO_PIXELS, formats: ["jpeg", "png", "webp"] };

export type StoredObject = { key: string; body: Uint8Array; contentType: string };
export type ProcessedPhoto = { ok: true; imageId: string; width: number; height: number; objects: StoredObject[] };
export type PhotoRefusal = UploadRefusal;

/**
 * Turns an uploaded photo into the three images the wall stores, or says why not: upright, every
 * piece of metadata gone (the GPS position a phone writes first of all), in sRGB, under a random
 * name. Only the first frame of an animation is kept.
 */
export async function processPhoto(input: Uint8Array): Promise<ProcessedPhoto | PhotoRefusal> {
  const readable = await readUpload(input, photoLimits);
  if (!readable.ok) return readable;
  try {
    const full = await decodeUpload(input, photoLimits)
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const size = { width: full.info.width, height: full.info.height };
    const imageId = crypto.randomBytes(16).toString("hex");
    const keys = photoKeys(imageId, size);
    const tile = wallSize(size);
    // Both smaller copies come from the stripped, upright image, never from the upload again.
    const [wall, card] = await Promise.all([
      sharp(full.data).resize({ width: tile.width, height: tile.height, fit: "fill" }).webp({ quality: 76 }).toBuffer(),
      sharp(full.data)
        .resize({ width: CARD_SIDE, height: CARD_SIDE, fit: "cover", position: "attention" })
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: 80, mozjpeg: true })
        .toBuffer(),
    ]);
    return {
      ok: true,
      imageId,
      ...size,
      objects: [
        { key: keys.full, body: full.data, contentType: "image/webp" },
        { key: keys.wall, body: wall, contentType: "image/webp" },
        { key: keys.card, body: card, contentType: "image/jpeg" },
      ],
    };
  } catch (error) {
    // A header that promised an image the data could not deliver (truncated, corrupt, or lying
    // about its size: libvips' own pixel limit stops it).
    console.warn("[coat-wall] could not decode an upload", error instanceof Error ? error.message : error);
    return { ok: false, reason: "unreadable" };
  }
}

const FORMAT_NAMES: Record<string, string> = {
  svg: "an SVG drawing",
  gif: "a GIF",
  heif: "a HEIC or HEIF photo (the iPhone’s own format), which we can’t read yet",
  tiff: "a TIFF",
  pdf: "a PDF",
  jp2: "a JPEG 2000",
};

/** What to tell the uploader beside the photo field. */
export function photoRefusalMessage(refusal: PhotoRefusal): string {
  switch (refusal.reason) {
    case "too-large":
      return "That photo is larger than 10 MB. Please choose a smaller one: a photo sent by message, or a screenshot of it, is usually small enough.";
    case "not-an-image":
      return "That file isn’t a photo we can read. Please choose a JPEG, PNG or WebP photo.";
    case "wrong-format":
      return `That file is ${FORMAT_NAMES[refusal.format ?? ""] ?? "an image in a format we don’t accept"}. Please choose a JPEG, PNG or WebP photo (a phone’s camera or photo library gives one when you choose it here).`;
    case "too-many-pixels":
      return "That image has more than 50 megapixels, more than we can safely process. Please choose a smaller copy.";
    case "unreadable":
      return "That photo seems to be damaged: we couldn’t read all of it. Please choose another copy.";
  }
}
