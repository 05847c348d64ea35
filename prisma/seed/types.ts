// The shape of the demo content. The seed script writes these into the database;
// nothing in the application reads this folder.

export type SeedFigure = {
  /** Where people are sleeping rough, e.g. "Calais and Dunkirk". */
  place: string;
  /** Headcount as a whole number. */
  count: number;
  /** How the count is qualified when shown: "around 1,000", "over 1,500". */
  qualifier: "around" | "over" | "exactly";
  /** One short sentence shown under the number. */
  note: string;
};

export type SeedWayToHelp = {
  title: string;
  /** One or two sentences, plain text. */
  body: string;
  ctaLabel: string;
  /** A path on this site, e.g. "/donate?gift=coat", "/donation-points", "/volunteer". */
  ctaHref: string;
};

export type SeedCampaign = {
  slug: string;
  charityName: string;
  charityNumber: string;
  /** Hero headline, under 70 characters. */
  headline: string;
  /** Hero sub-headline, one or two sentences, plain text. */
  strapline: string;
  /** Markdown: the situation, a short paragraph or two (what conditions people face). */
  situation: string;
  figures: SeedFigure[];
  whyHereTitle: string;
  /** Markdown: why people gather near the Channel (no safe and legal route, asylum rules). */
  whyHere: string;
  whatWeDoTitle: string;
  /** Markdown: what the charity does. */
  whatWeDo: string;
  appealTitle: string;
  /** Markdown: the coat appeal itself (goal, cold, minors as young as 13). */
  appeal: string;
  /** The campaign goal in coats. */
  goalCoats: number;
  coatPricePence: number;
  packPricePence: number;
  /** Coats already handed in at drop-off points, counted toward the goal. */
  coatsReceivedInKind: number;
  waysToHelp: SeedWayToHelp[];
  /** Invitation to post a photo with your coat (plain text, 1-2 sentences). */
  photoInvitation: string;
  /** Suggested social post, plain text, includes the hashtag. */
  shareMessage: string;
  /** Without the '#'. */
  hashtag: string;
  videoTitle: string;
  /** A youtube-nocookie embed URL; only loaded after the visitor clicks. */
  videoUrl: string;
  /** Plain text: what happens to money raised beyond the goal. */
  beyondGoal: string;
};

export type SeedPage = {
  slug: "about" | "privacy" | "accessibility";
  title: string;
  /** One sentence for the meta description. */
  description: string;
  /** Markdown, full page body (## headings, lists, links allowed). */
  body: string;
};

export type SeedPost = {
  slug: string;
  title: string;
  category: "NEWS" | "VOLUNTEER_STORY";
  /** ISO date, e.g. "2017-12-13". */
  publishedOn: string;
  /** One or two sentences, plain text, shown on cards and in the feed. */
  excerpt: string;
  /** Markdown, the full post: 300-600 words, ## subheadings where natural. */
  body: string;
  authorName: string;
};

export type SeedDonationPoint = {
  name: string;
  /** Street address and town, one line per line. */
  address: string;
  /** Normalised: upper case, one space before the inward code. */
  postcode: string;
  /** Precomputed, so the demo needs no postcode lookup (and no network). */
  latitude: number;
  longitude: number;
  /** Plain text, one line per day or range of days. */
  openingTimes: string;
  /** What the point needs now, plain text. */
  needs: string;
  status: "ACCEPTING" | "FULL";
};
