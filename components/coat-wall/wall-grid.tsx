import { SiteLink } from "@/components/site-link";
import type { ShownPhoto } from "@/lib/coat-wall/photo-as-shown";
import { WallPhotoImage } from "./wall-photo-image";

/**
 * Photos on the wall as a grid of links to each photo's page. Server-rendered, no script: the
 * home page's strip is this too.
 */
export function WallGrid({ photos, priority = 0 }: { photos: ShownPhoto[]; priority?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <SiteLink href={`/coat-wall/${photo.id}`} className="group block no-underline">
            <WallPhotoImage
              photo={photo}
              use="wall"
              sizes="(min-width: 64rem) 16rem, (min-width: 40rem) 33vw, 50vw"
              priority={i < priority}
              className="aspect-[4/5] h-auto w-full rounded-2xl bg-paper-deep object-cover"
            />
            <span className="mt-2 block font-semibold text-ink group-hover:underline">
              {photo.firstName}
              {photo.town ? <span className="font-normal text-ink-soft">, {photo.town}</span> : null}
            </span>
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
