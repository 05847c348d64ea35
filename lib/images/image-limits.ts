// The limits of every image upload (lib/images/upload-image.ts), without sharp, so a form in the
// browser can refuse an oversized file with the same figure before sending it.

/** The largest file accepted: a phone's camera makes 2–6 MB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** The same, in the megabytes a form's hint names. */
export const MAX_IMAGE_MB = MAX_IMAGE_BYTES / (1024 * 1024);
/**
 * The most pixels decoded (width × height of every frame): more than any phone or most cameras
 * take, and it keeps a "decompression bomb" (a small file that claims a vast image) from eating
 * the server's memory.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
/**
 * JPEG, PNG and WebP. HEIC (the iPhone's own format) is not among them: the image library here
 * reads HEIF only with AV1 inside (AVIF), not the HEVC an iPhone writes. Browsers convert a HEIC
 * photo to JPEG when a form asks for `image/*`, so a phone's photos arrive as JPEG anyway.
 */
export const IMAGE_FORMATS: readonly string[] = ["jpeg", "png", "webp"];

/** What a file field accepts: the formats above, as the browser's `accept` list. */
export const IMAGE_ACCEPT = IMAGE_FORMATS.map((format) => `image/${format}`).join(",");

/** What a file over MAX_IMAGE_BYTES is told, by the browser at once and by the server alike; `noun` is what the form calls the file. */
export function tooLargeImageMessage(noun: "image" | "photo"): string {
  return `That ${noun} is larger than ${MAX_IMAGE_MB} MB. Please choose a smaller one: a photo sent by message, or saved for the web, is usually small enough.`;
}
