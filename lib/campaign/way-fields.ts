/** The home page shows three ways to help; the editor's form names their fields `way-0-title`… */
export const WAYS_TO_HELP = 3;
export const wayField = (index: number, part: "title" | "body" | "ctaLabel" | "ctaHref") => `way-${index}-${part}`;
