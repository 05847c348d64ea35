// How a coat-wall photo's stored objects are named. The name is random (16 bytes from the
// operating system's generator), never the uploader's file name or words, and carries the sizes a
// page needs to reserve the image's space; the row keeps the random part (CoatPhoto.imageId) and
// the full size.
//
//   coat-wall/<32 hex>-<w>x<h>.webp        the photo's page: fits inside 1200 × 1200
//   coat-wall/<32 hex>-w<w>x<h>.webp       the wall's grid: 480 px wide at most
//   coat-wall/<32 hex>-card.jpg            the social card's square (the card is drawn from a JPEG)

/** The photo page shows it at up to 600 CSS px: 2× for sharp screens. */
export const PHOTO_MAX_SIDE = 1200;
/** The wall's tiles are about 240 CSS px wide. */
export const WALL_WIDTH = 480;
/** The square drawn on the 1200 × 630 share card. */
export const CARD_SIDE = 630;

const IMAGE_ID = /^[0-9a-f]{32}$/;

export const isImageId = (value: string) => IMAGE_ID.test(value);

export type PhotoSize = { width: number; height: number };

/** The wall tile's size for a photo of this size (the photo itself when it is no wider). */
export function wallSize({ width, height }: PhotoSize): PhotoSize {
  if (width <= WALL_WIDTH) return { width, height };
  return { width: WALL_WIDTH, height: Math.max(1, Math.round((height * WALL_WIDTH) / width)) };
}

export type PhotoKeys = { full: string; wall: string; card: string };

export function photoKeys(imageId: string, size: PhotoSize): PhotoKeys {
  if (!isImageId(imageId)) throw new Error("Not a coat-wall image id");
  const wall = wallSize(size);
  return {
    full: `coat-wall/${imageId}-${size.width}x${size.height}.webp`,
    wall: `coat-wall/${imageId}-w${wall.width}x${wall.height}.webp`,
    card: `coat-wall/${imageId}-card.jpg`,
  };
}

/** Every object a stored photo consists of, to delete together. */
export const photoObjectKeys = (imageId: string, size: PhotoSize): string[] => Object.values(photoKeys(imageId, size));
