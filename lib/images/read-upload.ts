import sharp, { type Metadata, type Sharp } from "sharp";

// The checks every uploaded image passes before anything decodes it, for any kind of upload (the
// coat wall's photos; post covers have their own copy in process-cover-image.ts, left as it is).
// Only the bytes count: the file's name and the browser's MIME type are never read.

export type UploadLimits = {
  /** The largest file accepted, in bytes: refused before a byte is decoded. */
  maxBytes: number;
  /** The most pixels decoded (width × height of every frame): a "decompression bomb" is refused by its header. */
  maxPixels: number;
  /** sharp's format names that are accepted ("jpeg", "png", "webp"). */
  formats: readonly string[];
};

export type UploadRefusal = {
  ok: false;
  reason: "too-large" | "not-an-image" | "wrong-format" | "too-many-pixels" | "unreadable";
  /** sharp's name for what the bytes are, when they are an image of another format. */
  format?: string;
};

export type ReadableUpload = { ok: true; format: string; width: number; height: number };

/**
 * What the bytes are, or why they are refused, from the header alone: the size first (no point
 * reading 10 MB to refuse it), then what sharp reads the bytes to be, then the pixel count the
 * header declares, so a small file that claims a vast image is refused without decoding it.
 */
export async function readUpload(input: Uint8Array, limits: UploadLimits): Promise<ReadableUpload | UploadRefusal> {
  if (input.byteLength > limits.maxBytes) return { ok: false, reason: "too-large" };
  if (input.byteLength === 0) return { ok: false, reason: "not-an-image" };
  let meta: Metadata;
  try {
    // Reads the header only: nothing is decoded yet, so no pixel limit is needed to ask the size.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: "not-an-image" };
  }
  if (!limits.formats.includes(meta.format)) return { ok: false, reason: "wrong-format", format: meta.format };
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > limits.maxPixels) return { ok: false, reason: "too-many-pixels" };
  return { ok: true, format: meta.format, width, height };
}

/**
 * The decoder for an upload readUpload accepted: the pixel limit enforced again by libvips itself
 * (a header that lied is still stopped), any decoding error fatal rather than half an image, the
 * photo turned upright by its EXIF orientation, and nothing of the original's metadata carried
 * over (sharp writes none unless asked: no EXIF, GPS, XMP, IPTC or ICC profile).
 */
export function decodeUpload(input: Uint8Array, limits: Pick<UploadLimits, "maxPixels">): Sharp {
  return sharp(input, { limitInputPixels: limits.maxPixels, failOn: "error" }).rotate();
}
