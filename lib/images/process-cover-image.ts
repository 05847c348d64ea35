import crypto from "node:crypto";
import sharp from "sharp";
import { cardSize, COVER_MAX_SIDE, fullCoverKey } from "./cover-keys";

/** The largest file accepted (what a phone camera makes is usually 2–6 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/**
 * The most pixels decoded: 50 megapixels is more than any phone or most cameras take, and keeps
 * a "decompression bomb" (a small file that claims a vast image) from eating the server's memory.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

const ACCEPTED = new Set(["jpeg", "png", "webp"]);

export type StoredObject = { key: string; body: Uint8Array; contentType: string };
export type ProcessedCover = { ok: true; key: string; width: number; height: number; objects: StoredObject[] };
export type CoverRefusal = { ok: false; reason: "too-large" | "not-an-image" | "wrong-format" | "too-many-pixels" | "unreadable"; format?: string };

/**
 * Turns an uploaded file into the cover image the site stores, or says why not. The file's name and
 * the browser's MIME type are ignored: only what sharp reads from the bytes counts, so a text, HTML
 * or SVG file named photo.jpg is refused, and a real PNG named photo.jpg is fine.
 *
 * The stored image is turned upright, stripped of all metadata (EXIF, including GPS location, XMP,
 * IPTC, ICC: sharp keeps none unless asked), converted to sRGB, scaled to fit 1600×1600 and saved as
 * WebP, with an 800-px-wide copy for post cards. Only the first frame of an animation is kept.
 */
export async function processCoverImage(input: Uint8Array): Promise<ProcessedCover | CoverRefusal> {
  if (input.byteLength > MAX_UPLOAD_BYTES) return { ok: false, reason: "too-large" };

  let format: string;
  let pixels: number;
  try {
    // Reads the header only: nothing is decoded yet, so no pixel limit is needed to ask the size.
    const meta = await sharp(input, { limitInputPixels: false }).metadata();
    format = meta.format;
    pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
  } catch {
    return { ok: false, reason: "not-an-image" };
  }
  if (!ACCEPTED.has(format)) return { ok: false, reason: "wrong-format", format };
  if (pixels > MAX_INPUT_PIXELS) return { ok: false, reason: "too-many-pixels" };

  try {
    const full = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .autoOrient()
      .resize({ width: COVER_MAX_SIDE, height: COVER_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const { width, height } = full.info;
    const digest = crypto.createHash("sha256").update(full.data).digest("hex").slice(0, 32);
    const key = fullCoverKey(digest, width, height);
    const objects: StoredObject[] = [{ key, body: full.data, contentType: "image/webp" }];

    const card = cardSize(width, height);
    if (card.width !== width) {
      const body = await sharp(full.data).resize({ width: card.width, height: card.height, fit: "fill" }).webp({ quality: 78 }).toBuffer();
      objects.push({ key: fullCoverKey(digest, card.width, card.height), body, contentType: "image/webp" });
    }
    return { ok: true, key, width, height, objects };
  } catch (error) {
    // A header that promised an image the data could not deliver (truncated, corrupt).
    console.warn("[images] could not decode an upload", error instanceof Error ? error.message : error);
    return { ok: false, reason: "unreadable" };
  }
}

const FORMAT_NAMES: Record<string, string> = {
  svg: "an SVG drawing",
  gif: "a GIF",
  heif: "a HEIC/HEIF photo",
  tiff: "a TIFF",
  avif: "an AVIF",
  pdf: "a PDF",
  jp2: "a JPEG 2000",
};

/** What to tell the person beside the file field. */
export function refusalMessage(refusal: CoverRefusal): string {
  switch (refusal.reason) {
    case "too-large":
      return "That image is larger than 10 MB. Please choose a smaller one (a photo saved for the web or sent by message is usually small enough).";
    case "not-an-image":
      return "That file isn’t an image we can read. Please choose a JPEG, PNG or WebP photo.";
    case "wrong-format":
      return `That file is ${FORMAT_NAMES[refusal.format ?? ""] ?? "an image in a format we don’t accept"}. Please choose a JPEG, PNG or WebP photo.`;
    case "too-many-pixels":
      return "That image has more than 50 megapixels, which is more than we can safely process. Please make it smaller and choose it again.";
    case "unreadable":
      return "That image seems to be damaged: we couldn’t read all of it. Please choose another copy.";
  }
}
