import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { renderStory } from "./render-story";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";
import { driveEndsAt, lifetimeUntil, nextEnd } from "./drive-end";
import { findPublicDrive, listLiveDrives, listSitemapDrives } from "./queries";

// The cached readers the public pages call. Each carries `coat-drives` (staff changes, and the
// organiser's), `progress` (a gift paid or refunded anywhere: the webhook invalidates it, on
// every server through the shared tags) and `campaign` (the price of a coat). A drive's end date
// passes at midnight (London): a view showing a drive with an end date lives until that moment
// and no longer (lib/coat-drives/drive-end.ts), and decides from the date, not from the status
// the sweep sets a few minutes later, so every server shows it as ended from then on. The donate
// action refuses a gift from that moment in any case.

/** Caches for hours, or until the first of these drives ends if that is sooner. */
function liveUntilTheNextEnd(endsOn: readonly (Date | null)[], now: Date) {
  const lifetime = lifetimeUntil(nextEnd(endsOn.map(driveEndsAt), now), now);
  if (lifetime && lifetime.revalidate < 3600) cacheLife(lifetime);
  else cacheLife("hours");
}

/** Every live drive with its progress, for /coat-drives and the appeal page's top ten. */
export async function getLiveDrives() {
  "use cache";
  cacheTag(tags.coatDrives, tags.progress, tags.campaign);
  const now = new Date();
  const drives = await listLiveDrives(db, { livemode: siteTakesLivePayments() }, now);
  liveUntilTheNextEnd(
    drives.map((d) => d.endsOn),
    now,
  );
  return drives;
}

/** One public drive (live or ended), its story rendered through the sanitising pipeline. */
export async function getPublicDrive(slug: string) {
  "use cache";
  cacheTag(tags.coatDrives, tags.coatDrive(slug), tags.progress, tags.campaign);
  const now = new Date();
  const drive = await findPublicDrive(db, slug, { livemode: siteTakesLivePayments() }, now);
  liveUntilTheNextEnd(drive && !drive.ended ? [drive.endsOn] : [], now);
  return drive ? { ...drive, storyHtml: renderStory(drive.story) } : null;
}

/** The addresses of public drives, to prerender their pages. */
export async function getPublicDriveSlugs() {
  "use cache";
  cacheTag(tags.coatDrives);
  cacheLife("hours");
  return (await listLiveDrives(db, { livemode: siteTakesLivePayments() })).map((d) => d.slug);
}

/** Live drives and when each last changed, for the sitemap. */
export async function getSitemapDrives() {
  "use cache";
  cacheTag(tags.coatDrives);
  const now = new Date();
  const drives = await listSitemapDrives(db, now);
  liveUntilTheNextEnd(
    drives.map((d) => d.endsOn),
    now,
  );
  return drives.map(({ slug, updatedAt }) => ({ slug, updatedAt }));
}
