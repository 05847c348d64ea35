// How a cover image's stored objects are named. The name carries what a page needs to reserve the
// image's space before it loads (its width and height), so no column beyond Post.coverImage is
// needed, and it is content-addressed (a digest of the bytes), so a name never changes meaning
// and browsers and CDNs may cache it for good.
//
//   covers/<32 hex>-<width>x<height>.webp      the full-size image: the value kept in Post.coverImage
//   covers/<32 hex>-<cardWidth>x<h>.webp       a smaller copy for post cards, when the image is wider

/** The widest an image is kept (the post page shows it at up to 768 CSS px: 2× for sharp screens). */
export const COVER_MAX_SIDE = 1600;
/** The width of the copy for post cards (shown at up to ~400 CSS px). */
export const CARD_WIDTH = 800;

export type ImageVariant = { key: string; width: number; height: number };
export type CoverVariants = { full: ImageVariant; card: ImageVariant };

const FULL = /^covers\/([0-9a-f]{32})-([1-9]\d{0,4})x([1-9]\d{0,4})\.webp$/;

export function fullCoverKey(digest: string, width: number, height: number): string {
  return `covers/${digest}-${width}x${height}.webp`;
}

/** The card copy's size for a full-size image (the same image when it is no wider than a card). */
export function cardSize(width: number, height: number): { width: number; height: number } {
  if (width <= CARD_WIDTH) return { width, height };
  return { width: CARD_WIDTH, height: Math.max(1, Math.round((height * CARD_WIDTH) / width)) };
}

/** Every object a stored cover consists of; null when `key` is not a cover key this site made. */
export function coverVariants(key: string): CoverVariants | null {
  const match = FULL.exec(key);
  if (!match) return null;
  const [, digest = "", w = "", h = ""] = match;
  const full = { key, width: Number(w), height: Number(h) };
  const card = cardSize(full.width, full.height);
  return { full, card: card.width === full.width ? full : { key: fullCoverKey(digest, card.width, card.height), ...card } };
}

/** The keys to delete when a cover is no longer used. */
export function coverObjectKeys(key: string): string[] {
  const variants = coverVariants(key);
  return variants ? [...new Set([variants.full.key, variants.card.key])] : [];
}
