import type * as React from "react";
import { render } from "@react-email/render";

// html-to-text shouts headings by default; a heading in sentence case reads better in plain text.
const sentenceCaseHeadings = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

/** Render an email template to the HTML and plain-text bodies sent together as one message. */
export async function renderEmail(element: React.ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions: { selectors: sentenceCaseHeadings } })]);
  return { html, text };
}
