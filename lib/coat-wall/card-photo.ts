import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { localUploads, storage } from "@/lib/storage";

/**
 * The square JPEG a photo's share card is drawn from, as a data URL (the card renderer takes
 * JPEG and PNG, not WebP). Read from the uploads folder, or fetched from the bucket's public
 * address; null when it cannot be had, and the card is drawn without it.
 */
export async function cardPhotoDataUrl(id: string, key: string): Promise<string | null> {
  "use cache";
  cacheTag(tags.coatPhoto(id));
  cacheLife("days");
  try {
    const folder = localUploads();
    let bytes: Uint8Array | null;
    if (folder) bytes = await folder.read(key);
    else {
      const response = await fetch(storage().publicUrl(key), { signal: AbortSignal.timeout(5_000) });
      bytes = response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
    }
    return bytes ? `data:image/jpeg;base64,${Buffer.from(bytes).toString("base64")}` : null;
  } catch (error) {
    console.error("[coat-wall] could not read a card photo", key, error);
    return null;
  }
}
