import { siteUrl } from "@/lib/site-metadata";

/**
 * The widget's height in the snippet: room for the figures, the bar, its legend and the button in
 * a frame as narrow as a 320 px phone leaves (tests/e2e/widget.spec.ts measures it).
 */
export const widgetHeight = 230;

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The <iframe> supporters paste into their own pages to show the appeal's progress. */
export function progressWidgetSnippet(charityName: string): string {
  const title = escapeAttribute(`${charityName}: coats toward the goal this winter`);
  return `<iframe src="${siteUrl("/embed/progress")}" title="${title}" width="100%" height="${widgetHeight}" style="border:0;max-width:480px" loading="lazy"></iframe>`;
}
