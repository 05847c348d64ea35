// The campaign's fields as the site reads them, written once: the public pages
// (queries.ts), the appeal editor (find-campaign-for-editing.ts) and the check for
// figures stated in words (texts-stating-figures.ts) all read the same copy, figures and ways to
// help, so a field added to the appeal is added here and reaches all three.

/** The appeal's words, written by staff and read by the public. */
export const appealCopySelect = {
  headline: true,
  strapline: true,
  situation: true,
  whyHereTitle: true,
  whyHere: true,
  whatWeDoTitle: true,
  whatWeDo: true,
  appealTitle: true,
  appeal: true,
  beyondGoal: true,
  photoInvitation: true,
  shareMessage: true,
  videoTitle: true,
} as const;

/** The situation figures, in their order. */
export const figuresSelect = {
  select: { id: true, place: true, count: true, qualifier: true, note: true },
  orderBy: { position: "asc" },
} as const;

/** The ways to help, in their order. */
export const waysToHelpSelect = {
  select: { title: true, body: true, ctaLabel: true, ctaHref: true },
  orderBy: { position: "asc" },
} as const;
