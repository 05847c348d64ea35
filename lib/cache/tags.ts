// Every cache tag in one place, so a write and the reads it affects cannot drift apart.
export const tags = {
  /** Any list of posts: /, /news, the feed, the sitemap. */
  posts: "posts",
  post: (slug: string) => `post:${slug}`,
  /** Appeal copy, figures, prices, goal. */
  campaign: "campaign",
  /** Coats funded and money raised: changes with every paid or refunded donation. */
  progress: "progress",
  page: (slug: string) => `page:${slug}`,
  /** The coat drop-off points: /donation-points and the admin list. */
  donationPoints: "donation-points",
  // ── Coat wall (issue #17) ──
  /** Every list of approved coat-wall photos: /coat-wall, its filtered pages, the home page's strip. */
  coatWall: "coat-wall",
  /** One photo's page and share card. */
  coatPhoto: (id: string) => `coat-photo:${id}`,
  // ── end coat wall ──
  // ── Coat drives (issue #18) ──
  /** Every public view of coat drives: the list, the appeal page's top ten, each drive's page and card. Also tagged `progress`. */
  coatDrives: "coat-drives",
  coatDrive: (slug: string) => `coat-drive:${slug}`,
  // ── end coat drives ──
} as const;
