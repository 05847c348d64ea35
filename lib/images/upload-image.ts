import sharp, { type Metadata } from "sharp";
import { IMAGE_FORMATS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, tooLargeImageMessage } from "./image-limits";

// Every uploaded image on the site passes through here: post covers, coat-wall photos and coat
// drives' photos. One set of checks, made on the bytes alone (the file's name and the browser's
// MIME type are never read), then one way of decoding: upright, every piece of metadata gone
// (EXIF with a phone's GPS position first of all, XMP, IPTC, ICC), sRGB, scaled to fit, WebP.
// What is made from that image (the names, the smaller copies) belongs to each kind of upload:
// lib/images/page-image.ts for covers and drive photos, lib/coat-wall/process-photo.ts for the wall.

export type ImageRefusal = {
  ok: false;
  reason: "too-large" | "not-an-image" | "wrong-format" | "too-many-pixels" | "unreadable";
  /** sharp's name for what the bytes are, when they are an image of another format. */
  format?: string;
};

export type ReadableUpload = { ok: true; format: string; width: number; height: number };

/** One object to write to storage (lib/storage): an image, or one of its smaller copies. */
export type StoredObject = { key: string; body: Uint8Array; contentType: string };

/** The decoded image, ready for whatever copies the caller makes of it. */
export type UploadedImage = { ok: true; data: Buffer; width: number; height: number };

/**
 * What the bytes are, or why they are refused, from the header alone: the size first (no point
 * reading 10 MB to refuse it), then what sharp reads the bytes to be, then the pixel count the
 * header declares, so a small file that claims a vast image is refused without decoding it.
 */
export async function readUpload(input: Uint8Array): Promise<ReadableUpload | ImageRefusal> {
  if (input.byteLength > MAX_IMAGE_BYTES) return { ok: false, reason: "too-large" };
  if (input.byteLength === 0) return { ok: false, reason: "not-an-image" };
  let meta: Metadata;
  try {
    // Reads the header only: nothing is decoded yet, so no pixel limit is needed to ask the size.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: "not-an-image" };
  }
  if (!IMAGE_FORMATS.includes(meta.format)) return { ok: false, reason: "wrong-format", format: meta.format };
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS) return { ok: false, reason: "too-many-pixels" };
  return { ok: true, format: meta.format, width, height };
}

/**
 * Checks an upload (readUpload), then decodes it into a WebP that fits inside `maxSide` × `maxSide`
 * (never enlarged): the pixel limit enforced again by libvips itself (a header that lied is still
 * stopped), any decoding error fatal rather than half an image, turned upright by its EXIF
 * orientation, in sRGB, with nothing of the original's metadata (sharp writes none unless asked).
 * Only the first frame of an animation is kept.
 */
export async function processUpload(input: Uint8Array, options: { maxSide: number }): Promise<UploadedImage | ImageRefusal> {
  const readable = await readUpload(input);
  if (!readable.ok) return readable;
  try {
    const full = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: options.maxSide, height: options.maxSide, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, data: full.data, width: full.info.width, height: full.info.height };
  } catch (error) {
    // A header that promised an image the data could not deliver (truncated, corrupt, or lying
    // about its size: libvips' own pixel limit stops it).
    console.warn("[images] could not decode an upload", error instanceof Error ? error.message : error);
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

/** What to tell the person beside the file field; `noun` is what the form calls the file. */
export function imageRefusalMessage(refusal: ImageRefusal, noun: "image" | "photo" = "image"): string {
  const That = `That ${noun}`;
  switch (refusal.reason) {
    case "too-large":
      return tooLargeImageMessage(noun);
    case "not-an-image":
      return `That file isn’t ${noun === "photo" ? "a photo" : "an image"} we can read. Please choose a JPEG, PNG or WebP photo.`;
    case "wrong-format":
      return `That file is ${FORMAT_NAMES[refusal.format ?? ""] ?? "an image in a format we don’t accept"}. Please choose a JPEG, PNG or WebP photo.`;
    case "too-many-pixels":
      return `${That} has more than 50 megapixels, more than we can safely process. Please choose a smaller copy.`;
    case "unreadable":
      return `${That} seems to be damaged: we couldn’t read all of it. Please choose another copy.`;
  }
}
