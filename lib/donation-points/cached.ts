import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { listPublicDonationPoints } from "./queries";

/** The public list of drop-off points; staff changes refresh it at once by tag. */
export async function getPublicDonationPoints() {
  "use cache";
  cacheTag(tags.donationPoints);
  cacheLife("days");
  return listPublicDonationPoints(db);
}
