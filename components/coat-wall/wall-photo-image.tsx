import type { ShownPhoto } from "@/lib/coat-wall/photo-as-shown";

/**
 * A coat-wall photo. A plain <img>: uploads are already resized to the sizes the wall uses and
 * stored as WebP (lib/coat-wall/process-photo.ts), so there is nothing left for an optimiser to
 * do. Its width and height reserve the space before it loads.
 */
export function WallPhotoImage({
  photo,
  use,
  sizes,
  priority = false,
  className,
}: {
  photo: ShownPhoto;
  use: "wall" | "full";
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const { src, width, height } = photo[use];
  const srcSet = photo.wall.src === photo.full.src ? undefined : `${photo.wall.src} ${photo.wall.width}w, ${photo.full.src} ${photo.full.width}w`;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already sized and compressed at upload (see above)
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={width}
      height={height}
      alt={photo.alt}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      className={className}
    />
  );
}
