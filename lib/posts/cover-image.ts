import "server-only";
import { pageImageVariants } from "@/lib/images/page-image-keys";
import { storage } from "@/lib/storage";

export type CoverPicture = {
  alt: string;
  /** Both sizes for the browser to choose from, "url 800w, url 1600w". */
  srcSet: string;
  full: { src: string; width: number; height: number };
  card: { src: string; width: number; height: number };
};

/** What a page needs to show a post's cover, or null when it has none. */
export function coverPicture(post: { coverImage: string | null; coverAlt: string | null }): CoverPicture | null {
  const variants = post.coverImage ? pageImageVariants(post.coverImage) : null;
  if (!variants) return null;
  const files = storage();
  const full = { src: files.publicUrl(variants.full.key), width: variants.full.width, height: variants.full.height };
  const card = { src: files.publicUrl(variants.card.key), width: variants.card.width, height: variants.card.height };
  const srcSet = full.src === card.src ? `${full.src} ${full.width}w` : `${card.src} ${card.width}w, ${full.src} ${full.width}w`;
  return { alt: post.coverAlt ?? "", srcSet, full, card };
}
