import crypto from "node:crypto";
import sharp from "sharp";
import { processUpload, type ImageRefusal, type StoredObject } from "@/lib/images/upload-image";
import { CARD_SIDE, PHOTO_MAX_SIDE, photoKeys, wallSize } from "./photo-keys";

export type ProcessedPhoto = { ok: true; imageId: string; width: number; height: number; objects: StoredObject[] };

/**
 * Turns an uploaded photo into the three images the wall stores, or says why not: upright, every
 * piece of metadata gone (the GPS position a phone writes first of all), in sRGB, under a random
 * name. Only the first frame of an animation is kept.
 */
export async function processPhoto(input: Uint8Array): Promise<ProcessedPhoto | ImageRefusal> {
  const full = await processUpload(input, { maxSide: PHOTO_MAX_SIDE });
  if (!full.ok) return full;
  try {
    const size = { width: full.width, height: full.height };
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
    console.warn("[coat-wall] could not make the smaller copies of a photo", error instanceof Error ? error.message : error);
    return { ok: false, reason: "unreadable" };
  }
}
