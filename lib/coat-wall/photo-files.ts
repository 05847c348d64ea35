import type { Storage } from "@/lib/storage/storage";
import { isImageId, photoObjectKeys } from "./photo-keys";

/** Deletes every stored size of a photo (deleting one already gone is not an error). */
export async function deletePhotoFiles(files: Storage, photo: { imageId: string | null; width: number; height: number }): Promise<void> {
  if (!photo.imageId || !isImageId(photo.imageId)) return;
  for (const key of photoObjectKeys(photo.imageId, photo)) await files.delete(key);
}
