import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { renderStory } from "./render-story";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";
import { findPublicDrive, listLiveDrives } from "./queries";

// The cached readers the public pages call. Each carries `coat-drives` (staff changes, and the
// organiser's), `progress` (a gift paid or refunded anywhere: the webhook invalidates it, on
// every server through the shared tags) and `campaign` (the price of a coat). A drive's end date
// passes at midnight: the lifetime of hours, and the sweep that closes it, bound how late a page
// is to say so; the donate action refuses a gift from the day after in any case.

/** Every live drive with its progress, for /coat-drives and the appeal page's top ten. */
export async function getLiveDrives() {
  "use cache";
  cacheTag(tags.coatDrives, tags.progress, tags.campaign);
  cacheLife("hours");
  return listLiveDrives(db, { livemode: siteTakesLivePayments() });
}

/** One public drive (live or ended), its story rendered through the sanitising pipeline. */
export async function getPublicDrive(slug: string) {
  "use cache";
  cacheTag(tags.coatDrives, tags.coatDrive(slug), tags.progress, tags.campaign);
  cacheLife("hours");
  const drive = await findPublicDrive(db, slug, { livemode: siteTakesLivePayments() });
  return drive ? { ...drive, storyHtml: renderStory(drive.story) } : null;
}

/** The addresses of public drives, to prerender their pages. */
export async function getPublicDriveSlugs() {
  "use cache";
  cacheTag(tags.coatDrives);
  cacheLife("hours");
  return (await listLiveDrives(db, { livemode: siteTakesLivePayments() })).map((d) => d.slug);
}
