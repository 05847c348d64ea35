// Site pages the code knows before staff have written them: an install made before a page
// existed shows this until someone saves their own version (the seed writes it for new ones).

export type DefaultSitePage = { slug: "accessibility"; title: string; description: string; body: string };

export const accessibilityStatement: DefaultSitePage = {
  slug: "accessibility",
  title: "Accessibility statement",
  description: "How accessible this website is, what we test it with, what we know is not yet right, and how to tell us when something gets in your way.",
  body: `We want everyone who visits this site to be able to read the appeal, give, volunteer and find a drop-off point, whatever device they use and however they use it. That includes people who use a screen reader, a keyboard instead of a mouse, voice control, a magnifier or high contrast settings, and people reading on a small phone with a weak signal.

## How we built it

The site aims to meet the **Web Content Accessibility Guidelines (WCAG) 2.2 at level AA**. In practice that means:

- every page works with a keyboard alone, with a visible focus outline and a link to skip to the main content;
- every form labels each question, says what went wrong beside the question it is about, lists the problems at the top of the form, and keeps everything you typed;
- every form also works with JavaScript switched off;
- text can be enlarged to 200% and the layout reflows on a screen 320 pixels wide without sideways scrolling;
- the colours of text and controls meet the WCAG contrast ratios;
- images carry a text alternative, and the progress of the appeal is given in words as well as as a bar;
- the appeal video does not play or load until you ask for it.

## How we check it

Every public page and every staff page is checked with the automated **axe** accessibility engine each time the code changes, in a real browser, on a desktop screen and on a phone-sized one. Forms are tested with a keyboard and without JavaScript. Automated checks cannot find everything, which is why we ask people who meet a barrier to tell us (see below): a report from someone who uses a screen reader or voice control every day is worth more than any tool.

## What we know is not yet right

- Payment happens on Stripe's checkout page, which we do not control. Stripe publishes its own accessibility commitments.
- Older news posts may have photos whose text alternatives could be more descriptive. We fix these as we find them.

## Tell us when something gets in your way

If you cannot do something on this site, or you need information in a different format such as large print or plain text, email **hello@calaiswinteraid.example** and say which page you were on and what happened. We read every message and will reply within five working days.

## Enforcement

The Equality and Human Rights Commission enforces the Equality Act 2010 in Great Britain. If you are not happy with how we respond to a complaint about accessibility, contact the [Equality Advisory and Support Service (EASS)](https://www.equalityadvisoryservice.com/).

This statement was last reviewed in December 2026.`,
};

export const defaultSitePages: Record<string, DefaultSitePage> = { accessibility: accessibilityStatement };
