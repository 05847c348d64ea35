import type { CoverPicture } from "@/lib/posts/cover-image";

/**
 * A post's cover. A plain <img>: uploads are already resized to the two widths the site uses and
 * stored as WebP, so there is nothing left for an image optimiser to do. The width and height
 * reserve the space before it loads, and `sizes` lets the browser pick the smaller copy on cards
 * and small screens.
 */
export function CoverImage({
  picture,
  use,
  sizes,
  priority = false,
  className,
}: {
  picture: CoverPicture;
  use: "card" | "full";
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const { src, width, height } = picture[use];
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already sized and compressed at upload (see above)
    <img
      src={src}
      srcSet={picture.srcSet}
      sizes={sizes}
      width={width}
      height={height}
      alt={picture.alt}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      fetchPriority={priority ? "high" : undefined}
      className={className}
    />
  );
}
