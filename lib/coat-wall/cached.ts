import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { photoAsShown, type ShownPhoto } from "./photo-as-shown";
import { findWallPhoto, isPhotoUnderReview, latestWallPhotos, listWallPhotos, wallPhotoIds, wallPoints, type WallPhotoRow } from "./queries";

// Cached reads for the public wall. Every decision that changes what it shows (approve, remove,
// a report that takes a photo off, the uploader's delete) calls updateTag with these tags, and the
// shared tag state in PostgreSQL carries that to every server (lib/cache/shared-tags.mjs).

const shown = (rows: WallPhotoRow[]): ShownPhoto[] => rows.map(photoAsShown).filter((p): p is ShownPhoto => p !== null);

export async function getWallPage(pointId: string | null, page: number) {
  "use cache";
  cacheTag(tags.coatWall);
  cacheLife("days");
  const list = await listWallPhotos(db, { pointId, page });
  return list ? { ...list, photos: shown(list.photos) } : null;
}

export async function getLatestWallPhotos(take: number) {
  "use cache";
  cacheTag(tags.coatWall);
  cacheLife("days");
  return shown(await latestWallPhotos(db, take));
}

export async function getWallPoints() {
  "use cache";
  cacheTag(tags.coatWall, tags.donationPoints);
  cacheLife("days");
  return wallPoints(db);
}

export async function getWallPhoto(id: string) {
  "use cache";
  cacheTag(tags.coatPhoto(id));
  cacheLife("days");
  const row = await findWallPhoto(db, id);
  const photo = row ? photoAsShown(row) : null;
  return photo && row ? { ...photo, delivery: row.inKindDelivery } : null;
}

export async function getPhotoUnderReview(id: string) {
  "use cache";
  cacheTag(tags.coatPhoto(id));
  cacheLife("days");
  return isPhotoUnderReview(db, id);
}

export async function getWallPhotoIds() {
  "use cache";
  cacheTag(tags.coatWall);
  cacheLife("days");
  return wallPhotoIds(db, 100);
}
