import crypto from "node:crypto";
import sharp from "sharp";
import { cardSize, PAGE_IMAGE_MAX_SIDE, pageImageKey } from "./page-image-keys";
import { processUpload, type ImageRefusal, type StoredObject } from "./upload-image";

export type ProcessedPageImage = { ok: true; key: string; width: number; height: number; objects: StoredObject[] };

/**
 * Turns an uploaded file into a page image (a post's cover, a coat drive's photo), or says why not
 * (lib/images/upload-image.ts checks and decodes it): a WebP that fits 1600 × 1600, named by its
 * content, and an 800-px-wide copy for cards when it is wider.
 */
export async function processPageImage(input: Uint8Array): Promise<ProcessedPageImage | ImageRefusal> {
  const full = await processUpload(input, { maxSide: PAGE_IMAGE_MAX_SIDE });
  if (!full.ok) return full;
  const { width, height } = full;
  const digest = crypto.createHash("sha256").update(full.data).digest("hex").slice(0, 32);
  const key = pageImageKey(digest, width, height);
  const objects: StoredObject[] = [{ key, body: full.data, contentType: "image/webp" }];
  const card = cardSize(width, height);
  if (card.width !== width) {
    const body = await sharp(full.data).resize({ width: card.width, height: card.height, fit: "fill" }).webp({ quality: 78 }).toBuffer();
    objects.push({ key: pageImageKey(digest, card.width, card.height), body, contentType: "image/webp" });
  }
  return { ok: true, key, width, height, objects };
}
