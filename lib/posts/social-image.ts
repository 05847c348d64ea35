import { pageImageVariants, type ImageVariant } from "@/lib/images/page-image-keys";

/** How wide a picture must be for Facebook, LinkedIn and X to show it as a large card (1200 × 630 is their size). */
export const SOCIAL_CARD_WIDTH = 1200;

export type SocialImage = { url: string; width: number; height: number; alt: string };

/**
 * A post's picture for link previews (og:image, twitter:image): its cover when it has one, as
 * the smallest stored copy at least a social card wide, or the largest there is when the photo
 * itself is smaller; null without a cover, when the site's drawn title card is used instead.
 */
export function socialImageOf(post: { coverImage: string | null; coverAlt: string | null }, publicUrl: (key: string) => string): SocialImage | null {
  const variants = post.coverImage ? pageImageVariants(post.coverImage) : null;
  if (!variants) return null;
  const copies: ImageVariant[] = [...new Map([variants.card, variants.full].map((v) => [v.key, v])).values()].sort((a, b) => a.width - b.width);
  const chosen = copies.find((v) => v.width >= SOCIAL_CARD_WIDTH) ?? copies[copies.length - 1] ?? variants.full;
  return { url: publicUrl(chosen.key), width: chosen.width, height: chosen.height, alt: post.coverAlt ?? "" };
}
