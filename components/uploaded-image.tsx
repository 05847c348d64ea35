/** One stored copy of an upload: its address and its size in pixels. */
export type StoredCopy = { src: string; width: number; height: number };

/**
 * An uploaded picture (a post's cover, a coat drive's photo, a coat-wall photo). A plain <img>:
 * uploads are resized at upload to the widths the site uses and stored as WebP, so there is
 * nothing left for an image optimiser to do. Its width and height reserve the space before it
 * loads; `srcSet` and `sizes` let the browser pick the smaller copy on cards and small screens;
 * `priority` is for the picture at the top of its page (loaded at once, fetched first).
 */
export function UploadedImage({
  copy,
  srcSet,
  alt,
  sizes,
  priority = false,
  className,
}: {
  copy: StoredCopy;
  srcSet?: string;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already sized and compressed at upload (see above)
    <img
      src={copy.src}
      srcSet={srcSet}
      sizes={sizes}
      width={copy.width}
      height={copy.height}
      alt={alt}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      fetchPriority={priority ? "high" : undefined}
      className={className}
    />
  );
}
