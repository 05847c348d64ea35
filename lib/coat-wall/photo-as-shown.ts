import "server-only";
import { storage } from "@/lib/storage";
import { photoKeys, wallSize } from "./photo-keys";
import type { WallPhotoRow } from "./queries";

export type ShownPhoto = {
  id: string;
  firstName: string;
  town: string;
  message: string;
  pointName: string | null;
  approvedAt: Date | null;
  alt: string;
  full: { src: string; width: number; height: number };
  wall: { src: string; width: number; height: number };
  /** The storage key of the square the share card is drawn from. */
  cardKey: string;
};

/** The words a screen reader says for a photo: the uploader's own, with their name. */
export function photoAlt(photo: { firstName: string; town: string; message: string }): string {
  const who = photo.town ? `${photo.firstName} from ${photo.town}` : photo.firstName;
  return photo.message ? `${who} with the coat they’re giving: “${photo.message}”` : `${who} holding up the coat they’re giving`;
}

/** What a page needs to show a photo; null when its files are gone. */
export function photoAsShown(photo: WallPhotoRow): ShownPhoto | null {
  if (!photo.imageId) return null;
  const keys = photoKeys(photo.imageId, photo);
  const files = storage();
  const tile = wallSize(photo);
  return {
    id: photo.id,
    firstName: photo.firstName,
    town: photo.town,
    message: photo.message,
    pointName: photo.donationPoint?.name ?? null,
    approvedAt: photo.approvedAt,
    alt: photoAlt(photo),
    full: { src: files.publicUrl(keys.full), width: photo.width, height: photo.height },
    wall: { src: files.publicUrl(keys.wall), ...tile },
    cardKey: keys.card,
  };
}
