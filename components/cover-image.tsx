import { UploadedImage } from "@/components/uploaded-image";
import type { CoverPicture } from "@/lib/posts/cover-image";

/** A post's or a coat drive's cover: the card's copy or the full one (components/uploaded-image.tsx). */
export function CoverImage({ picture, use, ...shown }: { picture: CoverPicture; use: "card" | "full"; sizes: string; priority?: boolean; className?: string }) {
  return <UploadedImage copy={picture[use]} srcSet={picture.srcSet} alt={picture.alt} {...shown} />;
}
