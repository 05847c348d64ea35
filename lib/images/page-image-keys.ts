// How a page image's stored objects are named: a post's cover and a coat drive's photo, shown at
// the top of their page and on their cards. The name carries what a page needs to reserve the
// image's space before it loads (its width and height), so no column beyond the key is needed
// (Post.coverImage, CoatDrive.photoKey), and it is content-addressed (a digest of the bytes), so a
// name never changes meaning and browsers and CDNs may cache it for good. Two posts or drives given
// the same photo share its objects (lib/images/release-page-image.ts deletes them when none does).
//
//   covers/<32 hex>-<width>x<height>.webp      the full-size image: the value kept in the row
//   covers/<32 hex>-<cardWidth>x<h>.webp       a smaller copy for cards, when the image is wider
//
// The folder is still called covers/, as it was when only posts had one: the keys already stored
// in rows and buckets keep working.

/** The widest an image is kept (a page shows it at up to 768 CSS px: 2× for sharp screens). */
export const PAGE_IMAGE_MAX_SIDE = 1600;
/** The width of the copy for cards (shown at up to ~400 CSS px). */
export const CARD_WIDTH = 800;

export type ImageVariant = { key: string; width: number; height: number };
export type PageImageVariants = { full: ImageVariant; card: ImageVariant };

const FULL = /^covers\/([0-9a-f]{32})-([1-9]\d{0,4})x([1-9]\d{0,4})\.webp$/;

export function pageImageKey(digest: string, width: number, height: number): string {
  return `covers/${digest}-${width}x${height}.webp`;
}

/** The card copy's size for a full-size image (the same image when it is no wider than a card). */
export function cardSize(width: number, height: number): { width: number; height: number } {
  if (width <= CARD_WIDTH) return { width, height };
  return { width: CARD_WIDTH, height: Math.max(1, Math.round((height * CARD_WIDTH) / width)) };
}

/** Every object a stored page image consists of; null when `key` is not a key this site made. */
export function pageImageVariants(key: string): PageImageVariants | null {
  const match = FULL.exec(key);
  if (!match) return null;
  const [, digest = "", w = "", h = ""] = match;
  const full = { key, width: Number(w), height: Number(h) };
  const card = cardSize(full.width, full.height);
  return { full, card: card.width === full.width ? full : { key: pageImageKey(digest, card.width, card.height), ...card } };
}

/** The keys to delete when a page image is no longer used. */
export function pageImageObjectKeys(key: string): string[] {
  const variants = pageImageVariants(key);
  return variants ? [...new Set([variants.full.key, variants.card.key])] : [];
}
