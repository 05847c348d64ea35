import { UploadedImage } from "@/components/uploaded-image";
import type { ShownPhoto } from "@/lib/coat-wall/photo-as-shown";

/** A coat-wall photo: the wall's copy or the full one (components/uploaded-image.tsx). */
export function WallPhotoImage({ photo, use, ...shown }: { photo: ShownPhoto; use: "wall" | "full"; sizes: string; priority?: boolean; className?: string }) {
  // Both copies are always stored, under different keys (lib/coat-wall/photo-keys.ts): the browser picks by width.
  const srcSet = `${photo.wall.src} ${photo.wall.width}w, ${photo.full.src} ${photo.full.width}w`;
  return <UploadedImage copy={photo[use]} srcSet={srcSet} alt={photo.alt} {...shown} />;
}
